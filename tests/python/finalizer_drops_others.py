# Chapter 5 (finalizers): a __del__ drops the last reference to another object of
# the trash, and to one outside it: each dies at once, its own __del__ runs once.
import gc

class Owner:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        global outside
        print("__del__", self.name)
        self.other = None
        outside = None

class Victim:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("victim __del__", self.name)

gc.disable()
o = Owner("owner")
o.me = o
o.other = Victim("in the trash")
o.other.back = o
outside = Victim("outside")
del o
print("collected", gc.collect())
print("collected", gc.collect())
