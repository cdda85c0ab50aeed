# Chapter 4 (weak references): the seed article's second example, with gc imported and
# the collection's result printed.  With the weak link node2 -> node1 is the only strong
# pointer between them: there is no cycle, reference counting frees both nodes when
# create_cycle returns, and gc.collect() finds nothing (0 on CPython 3.11 as here).
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
    return (weakref.ref(node1), weakref.ref(node2))

watches = create_cycle()
watch1 = watches[0]
watch2 = watches[1]
print("node1 freed:", watch1() is None, "node2 freed:", watch2() is None)
print("gc.collect() found", gc.collect())
