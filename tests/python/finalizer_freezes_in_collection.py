# Chapter 5 (finalizers): a __del__ that freezes and unfreezes everything in
# the middle of the collection that finalizes it: the trash is the
# collection's own list, which freezing does not touch.
import gc

class Freezer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name, "frozen before:", gc.get_freeze_count() > 0)
        gc.freeze()
        print("frozen:", gc.get_freeze_count() > 0)
        gc.unfreeze()

kept = [1, 2, 3]
a = Freezer("a")
b = Freezer("b")
a.other = b
b.other = a
del a, b
print("collected:", gc.collect())
print("frozen at the end:", gc.get_freeze_count())
