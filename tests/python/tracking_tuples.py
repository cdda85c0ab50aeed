# Chapter 2 (the runner): tuples are tracked when made
# Every tuple but the empty one is tracked at creation. Deliberate
# difference: CPython untracks a tuple of atoms during a collection, minipy
# never untracks tuples, so the second line differs (see .expected).
import gc

gc.disable()
a = (1, 2)
b = tuple([1, 2])
c = ([],)
n = 3
d = (n, "x")
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(d), gc.is_tracked(()))
gc.collect()
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(d), gc.is_tracked(()))
