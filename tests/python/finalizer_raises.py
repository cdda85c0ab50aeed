# Chapter 5 (finalizers): a __del__ that raises is reported on stderr ("Exception
# ignored in: <function C.__del__ ...>" and its traceback; run.py compares the last
# line) whether it dies by reference counting or in a collection; the program goes on.
import gc

class C:
    def __del__(self):
        print("__del__ of", self.name)
        return 1 // 0

c = C()
c.name = "counted"
del c
print("after the refcount death")
d = C()
d.name = "cyclic"
d.me = d
del d
print("collected", gc.collect())
e = C()
e = None
print("the last one had no name")
