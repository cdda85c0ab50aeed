# Chapter 5 (finalizers): finalizers that free the other object of their pair
# by reference counting, in the middle of finalize_garbage: both run once,
# and the collection counts nothing, since nothing is left to clear.
import gc

gc.disable()

class Dropper:
    def __del__(self):
        print("Dropper.__del__ of", self.name)
        del self.next

a = Dropper()
a.name = "a"
b = Dropper()
b.name = "b"
a.next = b
b.next = a
del a, b
print("collected:", gc.collect())
