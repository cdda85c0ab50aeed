# Chapter 4 (weak references): the seed article's second example, exactly as written.
# It calls gc.collect() without importing gc, so it ends in a NameError, on CPython as here;
# seed_second_example_collect.py imports gc and prints what the collection found.
import weakref

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def create_cycle():
    node1 = Node(1)
    node2 = Node(2)
    node1.next = weakref.ref(node2)  # Use a weak reference to break the cycle
    node2.next = node1

create_cycle()
gc.collect()  # This will free the memory occupied by the cycle
