# Chapter 4 (weak references): a callback may keep its weak reference (it survives, dead),
# make new weak references to other objects, and read the weak references to other live
# objects; what the callback got cannot lead back to the dead object.
import gc
import weakref

class A:
    pass

kept = []
other = A()
def keeper(wr):
    kept.append(wr)
    kept.append(weakref.ref(other, lambda w: print("other died")))
    print("in the callback:", wr(), weakref.getweakrefcount(other))

a = A()
r = weakref.ref(a, keeper)
del r
print("no weakref left, no callback:")
del a
a = A()
weakref.ref(a, keeper)
print("a temporary weakref dies at once, no callback either")
r = weakref.ref(a, keeper)
del a
print(kept[0] is r, kept[0](), len(kept))
c = A()
c.self = c
rc = weakref.ref(c, keeper)
del c
print("collected:", gc.collect(), len(kept))
del other
print("end")
