# Chapter 4 (weak references): calling a weak reference takes no arguments.
import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a)
r(1)
