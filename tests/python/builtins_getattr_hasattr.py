# Chapter 2 (the runner): getattr and hasattr on every kind of object
# getattr with and without a default, on instances, classes, modules, built-in
# types, functions, bound methods and cells; the attributes no table holds.
import gc
import sys


class Point:
    kind = "point"

    def __init__(self, x):
        self.x = x

    def moved(self, dx):
        return Point(self.x + dx)


p = Point(3)
print(getattr(p, "x"), getattr(p, "kind"), getattr(Point, "kind"))
print(getattr(p, "y", "no y"), getattr(Point, "y", None), getattr(gc, "nothing", 0))
print(getattr(p, "moved")(2).x, getattr(Point, "moved")(p, 10).x)
print(getattr(gc, "isenabled")(), getattr(sys, "getrecursionlimit")())
print(getattr([1, 2, 2], "count")(2), getattr("a-b", "startswith")("a"))
print(getattr(int, "nothing", "int has none"), getattr(5, "nothing", "5 has none"))
print(hasattr(p, "x"), hasattr(p, "y"), hasattr(p, "moved"), hasattr(Point, "x"))
print(hasattr(Point, "kind"), hasattr(gc, "collect"), hasattr(gc, "nothing"))
print(hasattr([], "append"), hasattr([], "nothing"), hasattr({}, "get"), hasattr("", "join"))
print(hasattr(None, "x"), hasattr(len, "x"), hasattr(int, "x"), hasattr(Point.moved, "x"))

# __class__ and __name__
print(p.__class__ is Point, (5).__class__, "s".__class__, [].__class__, None.__class__)
print(int.__class__, Point.__class__, len.__class__, True.__class__)
print(Point.__name__, int.__name__, type(None).__name__, len.__name__, gc.collect.__name__)
print(Point.moved.__name__, Point.moved.__qualname__)


def outer():
    count = 0

    def inner():
        return count

    return inner


f = outer()
print(f.__name__, f.__qualname__, outer.__qualname__, outer.__closure__)
cells = f.__closure__
print(type(cells), len(cells), cells[0].cell_contents, type(cells[0]))

# a bound method's parts
m = p.moved
print(m.__self__ is p, m.__func__ is Point.moved, m.__func__.__name__)
print(getattr(m, "__self__") is p, hasattr(m, "__func__"), hasattr(m, "nothing"))
