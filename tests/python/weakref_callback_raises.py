# Chapter 4 (weak references): a callback that raises is reported on stderr ("Exception
# ignored in: ..." and its traceback; run.py compares the last line) and the other
# callbacks still run; the program goes on.
import weakref

class A:
    pass

def bad(wr):
    print("bad runs")
    return 1 // 0

def good(wr):
    print("good runs")

a = A()
r1 = weakref.ref(a, good)
r2 = weakref.ref(a, bad)
r3 = weakref.ref(a, good)
del a
print("the program goes on")
