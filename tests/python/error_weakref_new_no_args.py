# Chapter 4 (weak references): weakref.ref() needs its object (CPython's __new__ message).
import weakref
weakref.ref()
