# Chapter 4 (weak references): weak references have no order.
import weakref
class A:
    pass
a = A()
print('ordering:', weakref.ref(a) == weakref.ref(a))
weakref.ref(a) < weakref.ref(a)
