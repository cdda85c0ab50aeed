# Chapter 5 (finalizers): a __del__ that allocates enough to start automatic
# collections while a collection is finalizing, resurrects its object and
# collects: the collection in progress is not disturbed, and each finalizer
# runs once.
import gc

saved = []
calls = []

class Busy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)
        junk = []
        for i in range(3000):
            node = [i]
            node.append(node)
            junk.append(node)
        saved.append(self)
        gc.collect()

gc.set_threshold(10, 2, 2)
for i in range(5):
    b = Busy(i)
    b.self = b
del b
print("found:", gc.collect())
print("finalized:", sorted(calls), "saved:", len(saved))
saved.clear()
print("again:", gc.collect(), "finalized:", len(calls))
