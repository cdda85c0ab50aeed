# Chapter 5 (finalizers): at exit, the finalize objects still alive with atexit
# set run newest first, before the program's globals are finalized; one whose
# atexit is False never runs; one that raises prints a traceback and the others run.
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def note(what):
    print("finalize", what)

def bad():
    return 1 // 0

a = Res("a")
b = Res("b")
weakref.finalize(a, note, "a first")
weakref.finalize(b, note, "b")
weakref.finalize(a, bad)
quiet = weakref.finalize(a, note, "never")
quiet.atexit = False
weakref.finalize(a, note, "a last")
print("end of the program")
