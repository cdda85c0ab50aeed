# Chapter 3 (generations): gc.set_threshold needs at least one threshold
# CPython 3.11 parses its arguments with PyArg_ParseTuple("i|ii").
import gc

print(gc.get_threshold())
gc.set_threshold()
