# Chapter 2 (the runner): imports, __name__ and what gc and sys report
# A module is made once: importing it again gives the same object. The
# program's own module is "__main__"; gc.get_objects() holds tracked objects.
import gc
import sys
import gc, sys
from gc import collect, isenabled
from sys import getrecursionlimit

first = gc
import gc

print(first is gc, collect is gc.collect, isenabled(), getrecursionlimit())
print(__name__, __name__ == "__main__", type(__name__))
if __name__ == "__main__":
    print("run as the main program")
print(sys.getrecursionlimit() == getrecursionlimit(), sys.getrecursionlimit() > 100)


def imports_inside():
    import sys
    from gc import is_tracked
    return is_tracked([]) and sys is first_sys


first_sys = sys
print(imports_inside())


class Tracked:
    pass


t = Tracked()
box = [t]
objects = gc.get_objects()
print(box in objects, t in objects, Tracked in objects)
print("text" in objects)
del objects
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2) >= 0, gc.collect() >= 0)
