# Chapter 3 (generations): an object's generation, as collections age it
# gc.get_objects(g) lists generation g: a new container is in generation 0,
# collect(0) moves it to 1, collect(1) to 2, where it stays; collect(1)
# merges generation 0 into 1 first, so a newer object skips generation 1.
# Written after test_gc's checks of get_objects with a generation.
import gc


def generations_of(obj):
    found = []
    for g in range(3):
        for o in gc.get_objects(g):
            if o is obj:
                found.append(g)
    return found


class Node:
    pass


gc.disable()
gc.collect()
a = []
print("new list:", generations_of(a))
gc.collect(0)
print("after collect(0):", generations_of(a))
gc.collect(0)
print("after another collect(0):", generations_of(a))
gc.collect(1)
print("after collect(1):", generations_of(a))
gc.collect(2)
print("after collect(2):", generations_of(a))

b = Node()
print("new instance:", generations_of(b))
gc.collect(1)
print("after collect(1), without a collect(0) first:", generations_of(b))

c = {}
print("empty dict, not tracked:", generations_of(c), gc.is_tracked(c))
c["list"] = []
print("holding a list:", generations_of(c))


def listed(obj, objects):
    for o in objects:
        if o is obj:
            return True
    return False


everything = gc.get_objects()
print("get_objects() lists all three:",
      listed(a, everything) and listed(b, everything) and listed(c, everything))
print("and so does get_objects(None):", listed(c, gc.get_objects(None)))
