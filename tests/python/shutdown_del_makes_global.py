# Chapter 5 (finalizers): a __del__ run at shutdown that makes a new global
# with a __del__, which makes another: python3 3.11 runs the first in the
# collection of the program's module; the new objects' finalizers run in its
# later collections, after sys and the built-ins are gone, where print fails
# unseen.  minipy runs no code after that collection: the same output.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        global b
        print("__del__ of", self.n)
        b = A(self.n + 1)

a = A(0)
print("end of the program")
