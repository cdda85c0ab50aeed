# Chapter 2 (the runner): a set in a reference cycle is collected
# An instance whose attribute is a set that holds the instance itself
# forms a cycle only the collector can reclaim: set, instance.
import gc


class Member:
    pass


gc.collect()
m = Member()
m.groups = {m}
del m
print(gc.collect())
m = Member()
m.frozen = frozenset([m, 1, 2])
del m
print(gc.collect())
