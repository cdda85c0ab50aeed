# Chapter 4 (weak references): a WeakValueDictionary's entry goes when its value dies,
# by reference counting or in a collection; replacing and deleting entries.
import gc
import weakref

class Value:
    def __init__(self, name):
        self.name = name

d = weakref.WeakValueDictionary()
a = Value("a")
b = Value("b")
d["a"] = a
d["b"] = b
d["temp"] = Value("temp")
print(len(d), sorted(d.keys()), "temp" in d, d.get("temp"), d.get("temp", "gone"))
del a
print("after del a:", len(d), list(d), "a" in d)
c = Value("c")
c.self = c
d["c"] = c
del c
print("c lives in a cycle:", sorted(d), d["c"].name)
print("collected:", gc.collect(), "left:", sorted(d))
d["b"] = Value("b2")
print("replaced b: the new value died at once:", "b" in d, len(d))
d["b"] = b
print(d["b"] is b, len(list(d.values())), list(d.values())[0].name, list(d.items())[0][0])
del d["b"]
print("deleted:", len(d), bool(d), b.name)
for key in d:
    print("never:", key)
print(weakref.getweakrefcount(b), "weak references to b")
d2 = weakref.WeakValueDictionary({"x": b, 1: b})
print("x" in d2, 1 in d2, len(d2), weakref.getweakrefcount(b))
del b
print(len(d2))
