# Chapter 4 (weak references): a WeakKeyDictionary's keys must be weakly referenceable;
# 'in' says False for them, but a lookup raises.
import weakref
d = weakref.WeakKeyDictionary()
print(1 in d)
d[1]
