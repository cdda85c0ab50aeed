# Chapter 5 (finalizers): gc.is_finalized(self) inside __del__.  Our runtime
# marks an object finalized before calling its finalizer, whichever way it
# dies; CPython 3.11 marks it before the call in a collection
# (finalize_garbage) but after it when it dies by reference counting
# (PyObject_CallFinalizer), so python3's first line says False, and
# book_05_is_finalized.expected records our True.
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
