# Chapter 4 (weak references): getweakrefcount takes exactly one argument, and its message
# names the _weakref module the function comes from.
import weakref
print(weakref.getweakrefcount(weakref))
weakref.getweakrefcount()
