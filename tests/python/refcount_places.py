# Chapter 2 (the runner): sys.getrefcount of fresh objects in various places
# A new list or instance counted as a global, a local, an argument, a list
# item, an attribute, and the self of a bound method (the call's own
# reference is included in each number).
import sys

class C:
    def m(self):
        return sys.getrefcount(self)

g = []
print("global:", sys.getrefcount(g))
alias = g
print("global + alias:", sys.getrefcount(g))
del alias
print("alias deleted:", sys.getrefcount(g))

def local():
    x = []
    return sys.getrefcount(x)

print("local:", local())

def argument(a):
    return sys.getrefcount(a)

print("argument of a fresh list:", argument([]))
print("argument of a global:", argument(g))

items = [g, g, g]
print("three times in a list:", sys.getrefcount(g))
items.clear()
print("list cleared:", sys.getrefcount(g))

c = C()
print("instance:", sys.getrefcount(c))
holder = C()
holder.other = c
print("held by an attribute:", sys.getrefcount(c))
bound = c.m
print("held by a bound method:", sys.getrefcount(c))
del bound
print("bound method dropped:", sys.getrefcount(c))
print("inside a method:", c.m())
d = {"k": c}
print("dict value:", sys.getrefcount(c))
del d["k"]
print("removed:", sys.getrefcount(c))
print("class with instances:", sys.getrefcount(C) - sys.getrefcount(C))
