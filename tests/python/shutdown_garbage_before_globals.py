# Chapter 5 (finalizers): at exit python3 3.11 first collects, as gc.collect()
# would, while the globals are there, then frees the program's module: a
# cycle dropped late is finalized before a global made early.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)

b = Noisy("a global")
a = Noisy("in a cycle")
a.self = a
del a
print("end of the program")
