# Chapter 4 (weak references): ref(obj) without a callback is shared (ref(obj, None) too);
# with a callback each call makes a new one.  getweakrefs lists the callback-free one first,
# then the others newest first.
import weakref

class Box:
    pass

b = Box()
r1 = weakref.ref(b)
r2 = weakref.ref(b)
r3 = weakref.ref(b, None)
print("shared:", r1 is r2, r2 is r3, r1.__callback__)
def cb(wr):
    pass
c1 = weakref.ref(b, cb)
c2 = weakref.ref(b, cb)
print("with callbacks:", c1 is c2, c1 == c2, c1.__callback__ is cb)
print("count:", weakref.getweakrefcount(b))
refs = weakref.getweakrefs(b)
print("order:", refs[0] is r1, refs[1] is c2, refs[2] is c1, len(refs))
del r1, r2, r3
print("after dropping the plain ones:", weakref.getweakrefcount(b))
r4 = weakref.ref(b)
print("a new plain one comes first:", weakref.getweakrefs(b)[0] is r4)
print("calling gives the object:", r4() is b, c1() is b)
del b
print("dead:", r4(), c1(), weakref.getweakrefcount(r4), weakref.getweakrefs(c1))
print("not weakly referenceable objects have none:", weakref.getweakrefcount([]), weakref.getweakrefs(5))
