# Chapter 5 (finalizers): an object dying by reference counting is resurrected
# by its __del__ (stored in a global), lives on, and dies for good when that
# global goes, without a second __del__.
import gc

keep = None

class Lazarus:
    def __del__(self):
        global keep
        print("__del__ runs")
        keep = self

x = Lazarus()
x.value = 42
del x
print("back:", keep.value, gc.is_finalized(keep))
keep = None
print("gone, no second __del__")
