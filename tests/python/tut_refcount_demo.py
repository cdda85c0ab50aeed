# Chapter 2 (the runner): the reference-count demonstrations of memory
# tutorials: sys.getrefcount, aliases, containers and del.
import sys


class Thing:
    pass


t = Thing()
base = sys.getrefcount(t)
alias = t
print(sys.getrefcount(t) - base)
box = [t, t]
print(sys.getrefcount(t) - base)
d = {"k": t}
print(sys.getrefcount(t) - base)
del alias
box.pop()
print(sys.getrefcount(t) - base)
d.clear()
box.clear()
print(sys.getrefcount(t) - base)


def use(obj):
    return sys.getrefcount(obj) - base


print(use(t) >= 1)
