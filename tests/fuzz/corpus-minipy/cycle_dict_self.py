# Chapter 2 (the runner): a dict that contains itself
# Written after test_gc's test_dict: a dict that holds itself as a value is
# freed by one collection, counting 1.
import gc

gc.disable()
gc.collect()
d = {}
d[1] = d
print(d[1] is d, len(d))
del d
print(gc.collect())
d = {"me": None}
d["me"] = d
d["other"] = [d]
del d
print(gc.collect())
