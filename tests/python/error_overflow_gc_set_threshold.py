# Chapter 3 (generations): an OverflowError from a threshold beyond a C int
# PyArg_ParseTuple's "i" says "signed integer is greater than maximum".
import gc

gc.set_threshold(2147483647)
print(gc.get_threshold())
gc.set_threshold(2147483648)
