# Chapter 5 (finalizers): an object in gc.garbage at exit keeps its class,
# hence the program's module, alive through shutdown: python3 3.11 runs no
# finalizer of the globals then, and frees nothing of them before the exit.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)

gc.garbage.append(Noisy("in gc.garbage"))
b = Noisy("a global")
print("end of the program")
