# Chapter 2 (the runner): gc.get_referents and get_referrers with views and tuples
# A dict view refers to its dict; a tuple refers to its items, and is found
# among the referrers of each of them.
import gc

d = {"k": [1]}
keys = d.keys()
print(gc.get_referents(keys) == [d], gc.get_referents(d.values())[0] is d)
print(gc.is_tracked(keys), gc.is_tracked(d.items()))
item = ["inside"]
holder = (1, item, "x")
found = gc.get_referrers(item)
print(len(found), holder in found)
print(gc.get_referents(holder))
pair = (item, item)
print(len(gc.get_referrers(item)), gc.get_referrers(keys) == [])
print(gc.collect() >= 0, len(keys), keys)
