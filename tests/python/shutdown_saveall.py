# Chapter 5 (finalizers): DEBUG_SAVEALL left on at exit: the shutdown's
# collections still run the finalizers (as python3 3.11's do) but keep the
# garbage in gc.garbage, which is left to the process's exit.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)

a = Noisy("a global")
a.self = a
gc.set_debug(gc.DEBUG_SAVEALL)
dropped = Noisy("dropped")
dropped.self = dropped
del dropped
print("collected:", gc.collect(), len(gc.garbage))
print("end of the program")
