# Chapter 4 (weak references): a callback that calls gc.collect().  Inside a collection it
# starts none (0, as CPython's returns); from a decref it runs a whole collection.
import gc
import weakref

class A:
    pass

def collecting(wr):
    print("collect inside the callback:", gc.collect())

gc.disable()
a = A()
a.self = a
r = weakref.ref(a, collecting)
del a
print("outer collection:", gc.collect())

c = A()
c.self = c
del c
b = A()
r2 = weakref.ref(b, collecting)
del b
print("after the decref's callback:", gc.collect())
