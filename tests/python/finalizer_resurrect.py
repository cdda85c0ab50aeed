# Chapter 5 (finalizers): __del__ stores self in a global list; the object
# survives the collection, finalized (gc.is_finalized), and a second collection
# after the list lets go frees it without running __del__ again.
import gc

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "finalized:", gc.is_finalized(self))
        saved.append(self)

gc.disable()
p = Phoenix("p")
p.me = p
print(gc.is_finalized(p))
del p
print("collected", gc.collect())
print(len(saved), saved[0].name, gc.is_finalized(saved[0]), saved[0].me is saved[0])
saved.clear()
print("collected", gc.collect())
print("collected", gc.collect())
