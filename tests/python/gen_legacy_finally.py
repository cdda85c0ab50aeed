# Chapter 5 (PEP 442's example, as CPython 3.3 ran it): with minipy's
# --legacy-finalizers, a cycle through a generator suspended with a pending
# finally is uncollectable: the generator lands in gc.garbage, its finally
# not run, until the program breaks the cycle and closes it by hand.
# python3 (3.11) has no such mode; gen_legacy_finally.expected records ours
# (gen_pep442_cycle.py is the same program as 3.4 and later run it).
# minipy options: --legacy-finalizers
import gc

class Holder:
    pass

def guarded(holder):
    try:
        yield "working"
    finally:
        print("finally runs")

gc.disable()
holder = Holder()
holder.gen = guarded(holder)
print(next(holder.gen))
del holder
print("unreachable:", gc.collect())
print("gc.garbage:", [type(x).__name__ for x in gc.garbage])
for g in gc.garbage:
    print("still suspended:", g.gi_suspended, gc.is_finalized(g))
    g.close()
    print("closed by hand")
gc.garbage.clear()
g = None
print("unreachable:", gc.collect(), gc.garbage)
