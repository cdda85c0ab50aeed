# Chapter 3 (generations): ten thousand cycles with the collector off, then on
# The book's block at chapters/02-cycles.md:38 (`import gc`, class Node,
# create_cycle); nodes_alive's generator expression is written as a loop.
# The last count includes the young survivors that wait in generation 1, so
# it matches CPython only once chapter 3 adds the generations.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def create_cycle():
    node1 = Node(1)
    node2 = Node(2)
    node1.next = node2
    node2.next = node1

def nodes_alive():
    n = 0
    for o in gc.get_objects():
        n += isinstance(o, Node)
    return n

gc.disable()
for _ in range(10_000):
    create_cycle()
print("collector disabled:", nodes_alive(), "Nodes alive")
print("gc.collect() returns", gc.collect())
gc.enable()
for _ in range(10_000):
    create_cycle()
print("collector enabled:", nodes_alive(), "Nodes alive")
