# Chapter 4 (weak references): in a collection, a weak reference to the trash is cleared
# before anything else; its callback runs only if the weak reference itself is not trash.
# gc.collect() counts the weak references and callbacks found in the trash, and a weak
# reference its own callback freed (CPython 3.11 counts the same).
import gc
import weakref

class A:
    pass

def trash_with_its_own_weakref():
    a = A()
    a.self = a
    a.w = weakref.ref(a, lambda w: print("never printed: the weakref is trash too"))

gc.disable()
trash_with_its_own_weakref()
print("trash holding its own weakref:", gc.collect())

def reachable_weakref():
    a = A()
    a.self = a
    return weakref.ref(a, lambda w: print("callback of the reachable weakref, dead:", w() is None))

kept = reachable_weakref()
print("trash watched from outside:", gc.collect(), "kept is dead:", kept() is None)

holder = []
def drop_my_ref(wr):
    print("callback drops the last reference to its weakref")
    holder.pop()

def freed_by_callback():
    a = A()
    a.self = a
    holder.append(weakref.ref(a, drop_my_ref))

freed_by_callback()
print("weakref freed by its callback counts one more:", gc.collect())
print("nothing left:", gc.collect())
