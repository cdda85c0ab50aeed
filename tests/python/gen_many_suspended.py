# Chapter 5 (generators in memory): 10**5 suspended generators, each in a
# cycle with its own holder and each with a pending finally, collected by
# one gc.collect(): every finally runs once, nothing is left.
import gc

closed = [0]

class Holder:
    pass

def task(holder):
    try:
        yield 1
    finally:
        closed[0] += 1

def make(n):
    for _ in range(n):
        h = Holder()
        h.gen = task(h)
        next(h.gen)

gc.disable()
make(100000)
print("finally blocks run before the collection:", closed[0])
print("unreachable:", gc.collect())
print("finally blocks run:", closed[0])
print("left:", gc.collect())
