# Chapter 4 (weak references): a WeakKeyDictionary's key is hashed through its weak
# reference: a weak dictionary as a key is weakly referenceable but unhashable.
import weakref
d = weakref.WeakKeyDictionary()
d[weakref.WeakValueDictionary()] = 1
