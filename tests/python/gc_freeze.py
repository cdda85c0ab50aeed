# Chapter 3 (generations): gc.freeze keeps a cycle from every collection
# freeze() moves every tracked object to the permanent generation and zeroes
# the counts; a frozen cycle is in no generation, and no collection finds
# it; unfreeze() moves the frozen objects back to the oldest generation,
# where the next full collection finds the cycle. Written after test_gc's
# test_freeze.
import gc


class Node:
    pass


def listed(obj, objects):
    for o in objects:
        if o is obj:
            return True
    return False


gc.disable()
gc.collect()
a = Node()
b = Node()
a.partner = b
b.partner = a
gc.collect(0)
print("before freeze: counts", gc.get_count(), "frozen:", gc.get_freeze_count())
result = gc.freeze()
counts = gc.get_count()
print("freeze returns", result, "- counts after it:", counts)
print("the pair is frozen:", gc.get_freeze_count() >= 2)
print("in no generation:", listed(a, gc.get_objects()), listed(a, gc.get_objects(2)))
a_id = id(a)
del a, b
print("dropped, frozen: collect() finds", gc.collect())
print("still frozen:", gc.get_freeze_count() >= 2)
print("unfreeze returns", gc.unfreeze())
print("frozen after unfreeze:", gc.get_freeze_count())
found = False
for o in gc.get_objects(2):
    if id(o) == a_id:
        found = True
print("the Node is back, in the oldest generation:", found)
print("collect(1) does not look there:", gc.collect(1))
print("collect() finds the pair:", gc.collect())
