# Chapter 4 (weak references): a list cannot be weakly referenced (CPython's TypeError).
import weakref
print(weakref.ref(weakref.WeakValueDictionary()) is not None)
weakref.ref([1, 2])
