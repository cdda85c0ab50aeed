# Chapter 5 (finalizers): a __del__ that freezes everything during the
# collection python3 3.11 starts its shutdown with: the program's module is
# frozen with it, so no other finalizer runs (python3 prints no more).
import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)
        if self.name == "garbage":
            gc.freeze()

g = Noisy("garbage")
g.self = g
del g
kept = Noisy("a global")
print("end of the program")
