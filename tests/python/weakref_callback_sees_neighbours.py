# Chapter 4 (weak references): objects freed one after the other by the same release: a
# callback of the first still finds the second alive (its count is not zero yet).  A
# deliberate difference: our runtime frees without recursion (dealloc.c's worklist), so the
# list's ref to c, dropped with the list, already has a count of zero when the callback
# runs, and is no longer counted or handed out (CPython frees the holder inside the list's
# release, while the list still holds that ref: it counts 1 where we count 0).
import weakref

class A:
    pass

def look(wr):
    print("b seen from a's callback:", rb() is b_id_holder[0], "weakrefs to c:", weakref.getweakrefcount(c))
    print("a new ref to c:", weakref.ref(c) is not None, weakref.getweakrefcount(c))

c = A()
b_id_holder = [None]
holder = A()
a = A()
b = A()
holder.a = a
holder.b = b
rb = weakref.ref(b)
b_id_holder[0] = b
holder.a_ref = weakref.ref(a, look)
del a, b
b_id_holder[0] = rb()
pair = [weakref.ref(c), holder]
del holder
print("deleting the list")
del pair
print("end")
