# Chapter 4 (weak references): a callback is not checked when the ref is made; calling it
# fails when the object dies, reported as an unraisable exception, and the program goes on
# to its own error.
import weakref
class A:
    pass
a = A()
r = weakref.ref(a, 5)
del a
print('still running')
weakref.getweakrefs()
