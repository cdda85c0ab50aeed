# Chapter 4 (weak references): the seed article's second example, its code
# as written, with the collector off: there is no cycle, reference counting
# frees both nodes when create_cycle returns, and gc.collect() finds 0.
import gc
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

def nodes_alive():
    count = 0
    for o in gc.get_objects():
        if isinstance(o, Node):
            count += 1
    return count

gc.disable()
create_cycle()
print("Nodes alive after the call:", nodes_alive())
print("gc.collect() returns", gc.collect())
gc.enable()
