# Chapter 0 (introduction): the article's two-Node cycle, counted and collected
# The book's block at chapters/00-introduction.md:190 (`import gc`, class
# Node); nodes_alive's sum over a generator expression is written as a loop.
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

create_cycle()
print("Nodes alive after the call:", nodes_alive())
print("gc.collect() returns", gc.collect())
print("Nodes alive after the collection:", nodes_alive())
