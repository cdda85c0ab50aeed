# Chapter 2 (the runner): a wrapper keeps the function it wraps alive through
# its closure's cell; gc.get_referents shows the chain
import gc
import sys

def keep(fn):
    def wrapper():
        return fn()
    return wrapper

def original():
    return 42

before = sys.getrefcount(original)
wrapped = keep(original)
print("references added:", sys.getrefcount(original) - before)
cells = gc.get_referents(wrapped)
for r in cells:
    if type(r) is tuple:
        print("closure of", len(r), "cell")
        print(gc.get_referents(r[0])[0] is original)
print(wrapped())
del wrapped
print("after del:", sys.getrefcount(original) - before)
