# Chapter 5 (finalizers): a program that made no finalize object before its
# exit has no exit function in python3 3.11's weakref module, so finalize
# objects made by a __del__ in the collection that starts the shutdown call
# as usual; making the first one in the collection of the program's module
# fails, as it imports atexit then (ImportError, reported on stderr).
import weakref

class Thing:
    pass

def say(what):
    print(what)

class Maker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name)
        weakref.finalize(Thing(), say, "its object died at once")
        f = weakref.finalize(self, say, "called by hand")
        print("the call returns", f())

garbage = Maker("garbage")
garbage.self = garbage
del garbage
kept = Maker("a global")
print("end of the program")
