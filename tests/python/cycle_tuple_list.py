# Chapter 2 (the runner): a cycle through a tuple
# Written after test_gc's test_tuple: a list holding a tuple that holds the
# list; a collection frees both (2 objects).
import gc

gc.disable()
gc.collect()
l = []
t = (l,)
l.append(t)
print(l[0] is t, t[0] is l)
del t
del l
print(gc.collect())
