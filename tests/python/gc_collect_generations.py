# Chapter 3 (generations): gc.collect with a generation argument
# Written after test_gc's generation checks: a fresh cycle is found by a
# collection of generation 0; a cycle that survived is only found by a
# collection of an older generation.
import gc
from gc import collect

gc.disable()
collect()
a = []
a.append(a)
del a
print("generation 0:", gc.collect(0))
b = []
b.append(b)
gc.collect(0)
del b
print("after b moved to generation 1, gen 0:", gc.collect(0))
print("gen 1:", gc.collect(1))
c = []
c.append(c)
gc.collect(0)
gc.collect(1)
del c
print("after c moved to generation 2, gen 0:", gc.collect(0), "gen 1:", gc.collect(1))
print("gen 2:", gc.collect(2))
print("full:", collect())
