# Chapter 5 (finalizers): gc.is_finalized(self) inside __del__.  CPython
# 3.11 marks an object finalized after calling its finalizer when it dies
# by reference counting (PyObject_CallFinalizer), and before the call in a
# collection (finalize_garbage): False, then True.  So does our runtime.
import gc

class Asks:
    def __del__(self):
        print("inside __del__, gc.is_finalized(self):", gc.is_finalized(self))

a = Asks()
del a
b = Asks()
b.self = b
del b
gc.collect()
