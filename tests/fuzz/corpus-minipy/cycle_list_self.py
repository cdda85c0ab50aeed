# Chapter 2 (the runner): a list that contains itself
# Written after test_gc's test_list: the list survives del because of its own
# reference and one collection frees exactly it.
import gc
import sys

gc.disable()
gc.collect()
l = []
l.append(l)
print(l[0] is l, len(l))
print(sys.getrefcount(l))
del l
print(gc.collect())
print(gc.collect())
