# Chapter 4 (weak references): a WeakKeyDictionary holds its keys weakly: an entry goes
# when its key dies, by reference counting or in a collection.
import gc
import weakref

class Key:
    def __init__(self, name):
        self.name = name

d = weakref.WeakKeyDictionary()
k1 = Key("k1")
k2 = Key("k2")
d[k1] = "one"
d[k2] = [2]
d[Key("temp")] = "never kept"
print(len(d), d[k1], d.get(k2), k1 in d, 5 in d, [] in d)
d[k1] = "uno"
print("replaced:", d[k1], len(d))
del k1
for k in d:
    print("after del k1:", len(d), k.name, list(d.values()))
k3 = Key("k3")
k3.self = k3
d[k3] = "cycle"
del k3
print("k3 in a cycle:", len(list(d.keys())))
print("collected:", gc.collect(), "left:", len(list(d.items())), list(d.items())[0][1])
del d[k2]
print("deleted:", len(d), d.get(k2, "default"), weakref.getweakrefcount(k2))
d[k2] = d
print("a value may hold the dict:", len(d), d[k2] is d)
del k2
print(len(d))
