# Chapter 4 (weak references): a weak reference that died before its hash was asked for
# cannot be hashed any more: it cannot become a dict key.
import weakref
class A:
    pass
r = weakref.ref(A())
print(r())
d = {r: 1}
