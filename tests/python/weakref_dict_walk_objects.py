# Chapter 4 (weak references): what keys(), values() and items() of a weak
# dictionary return are walks (python3 3.11's generators): each goes once,
# has no len(), and starts when first stepped, not when made.
import weakref

class Thing:
    pass

a = Thing()
b = Thing()
d = weakref.WeakValueDictionary()
d["a"] = a
keys = d.keys()
d["b"] = b
print(type(keys).__name__)
print(sorted(keys))
print(list(keys))
values = d.values()
del a
print(len(list(values)))
print(sorted(weakref.WeakKeyDictionary({b: 1}).values()))
print(repr(d.keys()).startswith("<generator object WeakValueDictionary.keys at 0x"))
print(repr(weakref.WeakKeyDictionary().items()).startswith(
    "<generator object WeakKeyDictionary.items at 0x"))
print(len(d.items()))
