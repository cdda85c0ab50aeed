# Chapter 4 (weak references): when an object dies by reference counting, every weak
# reference to it is cleared first, then the callbacks run newest first, each given its
# own weak reference; a callback-free ref is cleared without a call.
import weakref

class Thing:
    pass

def make_callback(name):
    def callback(wr):
        print(name, "called; its ref is dead:", wr() is None, "the first is dead:", plain() is None)
    return callback

t = Thing()
plain = weakref.ref(t)
refs = [weakref.ref(t, make_callback("first")), weakref.ref(t, make_callback("second")),
        weakref.ref(t, make_callback("third"))]
print(weakref.getweakrefcount(t), "weak references")
print("deleting t")
del t
for r in refs:
    print("after del:", r(), "its callback was dropped:", r.__callback__ is None)
print(plain())
