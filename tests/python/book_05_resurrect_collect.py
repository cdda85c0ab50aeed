# Chapter 5 (finalizers): five self-loops and a Phoenix that resurrects itself
# carrying a Node: the collection counts the five and rescues only what the
# Phoenix reaches (CPython 3.9 and later, bpo-38379); the next collection
# frees the Phoenix and its Node without calling __del__ again.
import gc

gc.disable()
lifeboat = []

class Plain:
    pass

class Phoenix:
    def __del__(self):
        print("Phoenix.__del__, finalized:", gc.is_finalized(self))
        lifeboat.append(self)

for i in range(5):
    loop = Plain()
    loop.self = loop
p = Phoenix()
p.self = p
p.carried = Plain()
del loop, p
print("collected:", gc.collect())
print("rescued:", len(lifeboat), "carrying a", type(lifeboat[0].carried).__name__)
lifeboat.clear()
print("collected:", gc.collect())
