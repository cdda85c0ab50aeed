# Chapter 2 (the runner): which objects the collector tracks
# Written after test_gc's test_is_tracked: atoms (ints, strs, None, bools)
# are never tracked; lists, instances, functions, classes and bound methods
# always are; a dict only once it holds something that may be tracked.
import gc

gc.disable()

class C:
    def m(self):
        return 0

def f():
    return 1

print(gc.is_tracked(0), gc.is_tracked(12345), gc.is_tracked(-7))
print(gc.is_tracked(""), gc.is_tracked("text"), gc.is_tracked("a" + "b"))
print(gc.is_tracked(None), gc.is_tracked(True), gc.is_tracked(False))
print(gc.is_tracked([]), gc.is_tracked([1, 2]), gc.is_tracked([[]]))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked({"a": "b", "c": None}), gc.is_tracked({1: {}}))
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(C().m))
print(gc.is_tracked(f), gc.is_tracked(lambda: 0), gc.is_tracked(len))
print(gc.is_tracked(gc), gc.is_tracked(range(3)))
