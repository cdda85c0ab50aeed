# Chapter 5 (finalizers): weakref.finalize's errors: an object that cannot be
# weakly referenced is a TypeError as in CPython; a function that raises when its
# object dies is reported on stderr ("Exception ignored in: <finalize object ...>")
# and the program goes on.
import weakref

class Res:
    pass

def bad(x):
    return x // 0

r = Res()
weakref.finalize(r, bad, 1)
del r
print("the program goes on")
weakref.finalize(5, print)
