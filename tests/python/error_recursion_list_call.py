# Chapter 2 (the runner): a RecursionError at the limit from a function that calls list()
# CPython 3.11 calls list, tuple, dict, bool and type through vectorcall,
# which does not count toward the limit: the next Python call fails instead.
def down(n):
    empty = list()
    return down(n + len(empty) + 1)


print(list())
down(0)
