# Chapter 2 (the runner): sets and frozensets are tracked containers
# CPython 3.11 tracks every set and frozenset, even empty or holding only
# ints (unlike a dict or tuple, it never untracks one), and the collector
# sees each key through gc.get_referents.
import gc

print(gc.is_tracked(set()), gc.is_tracked({1, 2}), gc.is_tracked(frozenset()))
print(gc.is_tracked(frozenset([1, 2, 3])), gc.is_tracked({(1, 2)}))
pair = (1, 2)
print(gc.get_referents({pair})[0] is pair, len(gc.get_referents(frozenset("ab"))))
print(gc.get_referents({1}))
