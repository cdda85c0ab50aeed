# Chapter 5 (generators in memory): resurrection from a generator's
# finally.  The collector finalizes the generator once (PEP 442); its
# finally stores it in a global, so it survives, closed, and
# gc.is_finalized says so, as in CPython 3.11.
import gc

saved = []

class Holder:
    pass

def resurrecting(holder):
    try:
        yield 1
    finally:
        print("finally: resurrecting the generator")
        saved.append(holder.gen)

gc.disable()
h = Holder()
h.gen = resurrecting(h)
next(h.gen)
print("before:", gc.is_finalized(h.gen))
del h
print("collected:", gc.collect())
g = saved.pop()
print("resurrected, finished:", g.gi_frame, "finalized:", gc.is_finalized(g))
print(next(g, "nothing more"))
del g
print("collected after:", gc.collect())
