# Chapter 5 (finalizers): gc.collect() inside a __del__ run by a collection
# returns 0, and a weak reference without a callback to the dying object is
# already cleared there (CPython 3.11; 3.14 clears it later).
import gc
import weakref

class Collector:
    def __del__(self):
        print("gc.collect() inside __del__ returns", gc.collect())
        print("peek() inside __del__ is", peek())

c = Collector()
c.self = c
peek = weakref.ref(c)
del c
print("collected:", gc.collect())
