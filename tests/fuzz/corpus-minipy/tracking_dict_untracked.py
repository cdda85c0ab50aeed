# Chapter 2 (the runner): a dict starts being tracked, and stops
# Written after test_gc's dict-tracking checks: a dict of atoms is not
# tracked, becomes tracked when a list is stored in it, stays tracked after
# the list is removed, and is untracked again by a collection.
import gc

gc.disable()
d = {"name": "demo", "n": 3}
print("atoms only:", gc.is_tracked(d))
d["items"] = []
print("holding a list:", gc.is_tracked(d))
del d["items"]
print("list removed:", gc.is_tracked(d))
gc.collect()
print("after a full collection:", gc.is_tracked(d))
d["more"] = 4
print("an int added:", gc.is_tracked(d))
d.update({"x": [1]})
print("update with a list:", gc.is_tracked(d))
d.pop("x")
gc.collect()
print("popped and collected:", gc.is_tracked(d))
e = {}
e["self"] = e
gc.collect()
print("a dict that holds itself stays tracked:", gc.is_tracked(e))
inner = {"k": {}}
print("dict holding a dict:", gc.is_tracked(inner))
gc.collect()
print("after a collection:", gc.is_tracked(inner), gc.is_tracked(inner["k"]))
