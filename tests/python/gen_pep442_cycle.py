# Chapter 5 (PEP 442): the motivating example.  A generator suspended in a
# try with a pending finally, in a reference cycle: before CPython 3.4 the
# collector could not close it and left it in gc.garbage; since PEP 442 the
# collector finalizes it once (its finally runs), then frees the cycle.
import gc
import weakref

class Holder:
    pass

def guarded(holder):
    try:
        yield "working"
    finally:
        print("finally runs; holder still reachable:", holder.gen is not None)

gc.disable()
holder = Holder()
holder.gen = guarded(holder)
print(next(holder.gen))
probe = weakref.ref(holder.gen)
del holder
print("the cycle is garbage, still alive:", probe() is not None)
print("collected:", gc.collect() > 0)
print("after the collection:", probe())
print("gc.garbage:", gc.garbage)
