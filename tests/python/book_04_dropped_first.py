# Chapter 4 (weak references): a weak reference that dies before its
# referent takes its callback with it, unrun.
import weakref

class Node:
    pass

node = Node()
wr = weakref.ref(node, lambda wr: print("callback"))
del wr
del node
print("no callback ran")
