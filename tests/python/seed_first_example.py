# Chapter 2 (the runner): the seed article's first example, unchanged
# A two-Node cycle made inside a function, then gc.collect() called; it
# prints nothing, so the check is that both run it and exit 0.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def create_cycle():
    node1 = Node(1)
    node2 = Node(2)
    node1.next = node2
    node2.next = node1  # Create a circular reference

create_cycle()
gc.collect()  # This will not free the memory occupied by the cycle
