# Chapter 3 (generations): a callback that recurses without end
# The RecursionError stays inside the callback: it is reported on standard
# error as unraisable, the collection goes on, and the program after it runs
# at its usual depth again.
import gc

depth = [0]


def down(n):
    depth[0] = n
    return down(n + 1)


def deep(phase, info):
    down(0)


def again(n):
    if n == 0:
        return 0
    return again(n - 1) + 1


gc.disable()
gc.collect()
gc.callbacks.append(deep)
a = []
a.append(a)
del a
print("collect() returns", gc.collect())
print("the callback went deep:", depth[0] > 900)
gc.callbacks.remove(deep)
print("the program still recurses 900 deep:", again(900))
