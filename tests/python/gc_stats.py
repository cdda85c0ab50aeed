# Chapter 3 (generations): gc.get_stats counts collections and what they found
# One dict per generation, with the keys collections, collected and
# uncollectable, in that order. A collection of generation g adds to g's
# stats only, and what it found among the younger generations counts for g.
# CPython has collected before the program starts, so differences are shown.
import gc


class Node:
    pass


def make_cycle():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a
    return a


def changes(before, after):
    result = []
    for g in range(3):
        result.append((after[g]["collections"] - before[g]["collections"],
                       after[g]["collected"] - before[g]["collected"]))
    return result


gc.disable()
gc.collect()
stats = gc.get_stats()
print(type(stats).__name__, len(stats), list(stats[0].keys()))
print("nothing uncollectable:", stats[0]["uncollectable"], stats[1]["uncollectable"],
      stats[2]["uncollectable"])

before = gc.get_stats()
make_cycle()
gc.collect(0)
print("collect(0) of one cycle:", changes(before, gc.get_stats()))

before = gc.get_stats()
older = make_cycle()
gc.collect(0)
del older
make_cycle()
make_cycle()
gc.collect(1)
print("one cycle in generation 1 and two in 0, collect(1):", changes(before, gc.get_stats()))

before = gc.get_stats()
oldest = make_cycle()
gc.collect(1)
del oldest
make_cycle()
print("one cycle in generation 2 and one in 0, collect(2) returns", gc.collect(2), "-",
      changes(before, gc.get_stats()))
print("the lists are new each time:", gc.get_stats() is not gc.get_stats())
