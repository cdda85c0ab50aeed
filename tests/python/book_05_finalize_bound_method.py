# Chapter 5 (finalizers): a weakref.finalize whose function is a bound method
# of its own object keeps the object alive (the registry holds it) until
# exit, when it is called.
import gc
import weakref

class File:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)

f = File("held by its own finalize")
weakref.finalize(f, f.close)
watch = weakref.ref(f)
del f
print("collected:", gc.collect(), "still alive:", watch() is not None)
print("end of the program")
