# Chapter 2 (the runner): the seed article's first example, with its result shown
# The same two-Node cycle, but printing what gc.collect() returns: the
# comment in the article says the cycle is not freed; it is (2 objects).
import gc

gc.disable()

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def create_cycle():
    node1 = Node(1)
    node2 = Node(2)
    node1.next = node2
    node2.next = node1

gc.collect()
create_cycle()
print("gc.collect() returns", gc.collect())
create_cycle()
create_cycle()
print("two more cycles:", gc.collect())
print("nothing left:", gc.collect())
