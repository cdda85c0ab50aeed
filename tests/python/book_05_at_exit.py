# Chapter 5 (finalizers): a cycle and a global, both alive at the end of the
# program: CPython 3.11 finalizes the cycle first, then the global.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)

a = Noisy("in a cycle")
a.self = a
b = Noisy("a global")
del a
print("end of the program")
