# Chapter 5 (finalizers): objects frozen when the program ends are never
# finalized: python3 3.11 leaves the permanent generation to the process's
# exit; minipy frees it after its last collection, without running code.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)

frozen = Noisy("frozen")
frozen.self = frozen
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0)
