# Chapter 4 (weak references): nor can a weak reference itself.
import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
weakref.ref(r)
