# Chapter 5 (finalizers): weakref.finalize on two objects in a cycle: one
# called early by the program, once; the other when the collection frees
# its object (its weak reference counted with the garbage); one left alive
# called at exit.
import gc
import weakref

class File:
    def __init__(self, name):
        self.name = name
        self.partner = None

def close(name):
    print("closing", name)
    return name

gc.disable()
a = File("a")
b = File("b")
a.partner = b
b.partner = a
fa = weakref.finalize(a, close, "a")
fb = weakref.finalize(b, close, "b")
print("alive:", fa.alive, fb.alive)
print("fb() returns", fb())
print("fb() again returns", fb(), "alive:", fb.alive)
del a, b
print("collected:", gc.collect())
print("alive:", fa.alive, "gc.garbage:", gc.garbage)
kept = File("kept")
weakref.finalize(kept, close, "kept at exit")
print("end of the program")
