# Chapter 3 (generations): a callback may allocate, make garbage and collect
# A callback runs while a collection is under way: what it allocates starts
# no collection, and a gc.collect() it calls returns 0 at once. The cycles
# it makes are garbage for the next collection to find. It also sees the
# collector's lists whole: gc.get_objects() works at start and at stop.
import gc


class Node:
    pass


seen = []


def busy(phase, info):
    for i in range(3):
        a = Node()
        a.me = a
    inner = gc.collect()
    total = 0
    for o in gc.get_objects():
        total += isinstance(o, Node)
    seen.append((phase, info["generation"], inner, total))


gc.disable()
gc.collect()
gc.callbacks.append(busy)
print("collect(0) returns", gc.collect(0))
print("collect(0) returns", gc.collect(0))
print("collect() returns", gc.collect())
gc.callbacks.remove(busy)
print("collect() returns", gc.collect())
for entry in seen:
    print(entry)

gc.enable()
gc.set_threshold(50)
gc.callbacks.append(busy)
seen.clear()
for i in range(200):
    b = Node()
    b.me = b
gc.callbacks.remove(busy)
gc.set_threshold(700)
nested = 0
for entry in seen:
    nested += entry[2]
print("automatic collections with the callback:", len(seen) > 4, "- nested:", nested)
