# Chapter 4 (weak references): a set holding an object keeps it alive
# A set takes a reference to each key: an instance put in a set survives
# the loss of every other reference, until it is removed or the set goes.
import gc
import sys
import weakref


class Node:
    pass


node = Node()
probe = weakref.ref(node)
holder = {node}
print(sys.getrefcount(node))
del node
print(probe() is not None)
holder.discard(probe())
print(probe())
node = Node()
probe = weakref.ref(node)
holder = frozenset([node])
del node
print(probe() is not None)
del holder
print(probe())
