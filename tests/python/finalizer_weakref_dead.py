# Chapter 5 (finalizers): CPython 3.11 clears the weak references to the trash
# before finalizers run in a collection, so inside __del__ a weak reference to
# the object is dead; dying by reference counting, __del__ runs first and the
# weak reference is still alive.  Callbacks run before __del__ in a collection.
import gc
import weakref

class C:
    def __del__(self):
        print("__del__", self.name, "weakref alive:", self.ref() is not None)

def callback(r):
    print("callback, dead:", r() is None)

c = C()
c.name = "by refcount"
c.ref = weakref.ref(c)
r1 = weakref.ref(c, callback)
del c
d = C()
d.name = "in a collection"
d.ref = weakref.ref(d)
d.me = d
r2 = weakref.ref(d, callback)
del d
print("collected", gc.collect())
