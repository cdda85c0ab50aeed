# Chapter 4 (the runner): WeakMethod callbacks, on a plain death and on a
# collected cycle
import weakref
class A:
    def m(self):
        pass
a = A()
w = weakref.WeakMethod(a.m, lambda r: print("dead", r() is None))
del a
import gc
class B:
    def m(self): pass
b = B()
b.self = b
w2 = weakref.WeakMethod(b.m, lambda r: print("dead2"))
del b
gc.collect()
print(w2())
