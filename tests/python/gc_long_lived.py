# Chapter 3 (generations): the long-lived heuristic holds full collections back
# A full collection is due after 133 automatic collections (thresholds 700,
# 10, 10), but runs only when what reached the oldest generation since the
# last one is at least a quarter of what that one kept. With a small heap,
# making and dropping cycles gets a full collection every 133 collections;
# with 300,000 Nodes kept by the last full collection, the same loop gets
# none. gc.freeze() first leaves the interpreter's own objects out, so that
# both runtimes keep the same oldest generation. Counted with gc.get_stats().
import gc


class Node:
    pass


def make_cycles(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.partner = b
        b.partner = a


def collections(generation):
    return gc.get_stats()[generation]["collections"]


gc.freeze()
gc.collect()
young = collections(0)
full = collections(2)
make_cycles(100000)
print("small heap: collections of generation 0 ran:", collections(0) - young > 200)
print("full collections:", collections(2) - full)

kept = []
for i in range(300000):
    kept.append(Node())
gc.collect()
young = collections(0)
full = collections(2)
make_cycles(100000)
print("300,000 Nodes kept: collections of generation 0 ran:", collections(0) - young > 200)
print("full collections:", collections(2) - full)
print("though generation 2's count is past its threshold:", gc.get_count()[2] > 10)
print("the oldest generation holds them all:", len(gc.get_objects(2)) > 300000)
gc.unfreeze()
