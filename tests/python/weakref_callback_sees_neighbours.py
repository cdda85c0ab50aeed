# Chapter 4 (weak references): objects freed one after the other by the same release: a
# callback of the first still finds the second alive (its count is not zero yet), and the
# list's weak reference to c, which the list releases after the holder, is still counted:
# the holder is freed inside the list's release, by a nested call, as in CPython.
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
