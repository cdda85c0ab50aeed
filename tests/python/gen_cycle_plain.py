# Chapter 5 (generators in memory): a generator suspended in a plain loop,
# in a cycle through its own local: collected, closed (nothing to run).
import gc
import weakref

class Box:
    pass

def looping(box):
    while True:
        yield box

gc.disable()
box = Box()
box.gen = looping(box)
next(box.gen)
ref = weakref.ref(box)
del box
print(ref() is not None)
print(gc.collect())
print(ref())
