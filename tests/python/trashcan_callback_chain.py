# Chapter 4 (weak references): a chain of 20000 weak-reference callbacks, each of which
# drops the object whose death calls the next.  The callbacks run inside the dying
# object's deallocation, in CPython 3.11's trashcan as in ours (dealloc.c), so the chain
# nests only 50 deep and every callback runs.
import weakref

class Node:
    pass

def drop_successor(wr):
    global calls
    calls += 1
    del successor[wr]

calls = 0
successor = {}
head = Node()
node = head
for i in range(20000):
    following = Node()
    successor[weakref.ref(node, drop_successor)] = following
    node = following
del node, following
del head
print("callbacks:", calls, "left:", len(successor))
