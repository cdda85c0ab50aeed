# Chapter 5 (finalizers): finalize objects at exit: the live ones with
# atexit call, newest first, and one made by such a call is called too; one
# with atexit off never calls, even when its object dies at shutdown.
import weakref

class Thing:
    pass

def say(what):
    print(what)

def make_another(what):
    print(what)
    weakref.finalize(late, say, "made at exit")

early = Thing()
late = Thing()
weakref.finalize(early, say, "first made")
weakref.finalize(late, make_another, "second made")
off = weakref.finalize(early, say, "atexit off")
off.atexit = False
print("end of the program")
