# Chapter 4 (weak references): weakref.ref takes at most an object and a callback.
import weakref
class A:
    pass
a = A()
weakref.ref(a, None, 3)
