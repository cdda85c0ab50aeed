# Chapter 5 (finalizers): the history lesson, Python 3.3's rule
# minipy options: --legacy-finalizers
# With legacy finalizers a cycle with __del__ is uncollectable: it goes into
# gc.garbage, __del__ never runs, gc.collect() and the stats count it as
# uncollectable.  python3 has no such mode: the output is recorded in
# finalizer_legacy_garbage.expected.  A program breaks the cycle by hand.
import gc

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.disable()
a = C("a")
b = C("b")
a.other = b
b.other = a
del a, b
print("collect returns", gc.collect())
print(len(gc.garbage))
for o in gc.garbage:
    print("in gc.garbage:", o.name)
print("uncollectable", gc.get_stats()[2]["uncollectable"])
for o in gc.garbage:
    o.other = None
gc.garbage.clear()
print("after breaking the cycle by hand")
print("collect returns", gc.collect())
