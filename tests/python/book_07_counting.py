# Chapter 7. Counting objects by type, as objgraph 3.5 does: typestats and
# show_most_common_types over a list of our own objects, show_growth
# between two points of the program (filtered to this program's classes:
# the interpreters' own objects differ, see book_07_totals.py).
# python3: /usr/bin/python3
import objgraph


class Order:
    def __init__(self, lines):
        self.lines = [Line() for i in range(lines)]


class Line:
    pass


def ours(o):
    return type(o).__name__ in ("Order", "Line")


orders = [Order(3), Order(2)]
everything = orders + [line for order in orders for line in order.lines]
print(objgraph.typestats(everything))
objgraph.show_most_common_types(objects=everything)
print(objgraph.count("Line"), "lines alive;",
      objgraph.count("Order", everything), "orders")

objgraph.show_growth(filter=ours)
orders.append(Order(4))
objgraph.show_growth(filter=ours)
orders.pop()
print("after the last order went:", objgraph.growth(filter=ours))
