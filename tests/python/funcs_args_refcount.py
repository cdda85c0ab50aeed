# Chapter 2 (the runner): the references a call's arguments take
# A parameter bound by keyword or from a default holds the object as one
# bound positionally does; a default is also held by the function.
import sys

class Thing:
    pass

shared = Thing()

def count(x):
    return sys.getrefcount(x)

def count_default(x=shared):
    return sys.getrefcount(x)

print("positional:", count(shared))
print("keyword:", count(x=shared))
print("default:", count_default())

def keep(*args, **kwargs):
    return (args, kwargs)

kept = keep(shared, k=shared)
print("in *args and **kwargs:", sys.getrefcount(shared))
del kept
print("after:", sys.getrefcount(shared))
