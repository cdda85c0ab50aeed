# Chapter 4 (weak references): in a collection every weak reference to the
# garbage is cleared before any callback runs; only the callback of a weak
# reference outside the garbage runs; a.watch, garbage itself, dies silently.
import gc
import weakref

class Node:
    pass

def outside_died(wr):
    print("callback of outside: outside() is", wr(), "and peek() is", peek())

a = Node()
b = Node()
a.partner = b
b.partner = a
a.watch = weakref.ref(b, lambda wr: print("the callback of a.watch ran"))
outside = weakref.ref(a, outside_died)
peek = weakref.ref(b)
del a, b
print("gc.collect() returns", gc.collect())
