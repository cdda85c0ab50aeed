# Chapter 4 (weak references): what gc.collect() counts: garbage weak
# references and their callbacks, and a reachable weak reference freed by
# its own callback; a weak reference that survives its callback is not.
import gc
import weakref

class Node:
    pass

gc.collect()
a = Node()
a.self = a
a.w = weakref.ref(a, lambda wr: print("never runs"))
del a
print("a, its weak reference and the lambda:", gc.collect())

holder = []
b = Node()
b.self = b
holder.append(weakref.ref(b, holder.remove))
del b
print("b, and a weak reference its callback freed:", gc.collect(), holder)

c = Node()
c.self = c
kept = weakref.ref(c, lambda wr: print("called; kept survives"))
del c
print("c alone:", gc.collect())
