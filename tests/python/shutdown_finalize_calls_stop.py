# Chapter 5 (finalizers): once the at-exit calls are made, no finalize object
# calls any more, in python3 3.11 if the program made one before (weakref's
# exit function sets finalize._shutdown): one that a __del__ makes at
# shutdown, whose object dies at once, or that it calls, stays silent.
import weakref

class Thing:
    pass

def say(what):
    print(what)

class Maker:
    def __del__(self):
        print("__del__ makes two")
        weakref.finalize(Thing(), say, "its object died at once")
        f = weakref.finalize(self, say, "called by hand")
        print("the call returns", f())

early = Thing()
weakref.finalize(early, say, "made before the exit")
m = Maker()
print("end of the program")
