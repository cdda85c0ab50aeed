# Chapter 2 (the runner): type() and isinstance(), with tuples of types
# type(x) is x's class or built-in type; isinstance accepts a type, a class
# or a tuple of them (nested tuples too), and bool counts as an int.
import gc


class Animal:
    pass


class Plant:
    pass


def f():
    pass


a = Animal()
print(type(a), type(Animal), type(int), type(type), type(f), type(gc), type(len))
print(type(a) is Animal, type(1) is int, type(True) is bool, type(type(1)) is type)
print(type(a.__class__), type(None), type(range(2)), type([].append), type(gc.collect))
print(isinstance(a, Animal), isinstance(a, Plant), isinstance(Animal, type), isinstance(int, type))
print(isinstance(1, (str, int)), isinstance("s", (int, list)), isinstance(True, (str, (list, int))))
print(isinstance(a, (Plant, Animal)), isinstance(a, ()), isinstance(None, (type(None),)))
print(isinstance([], (list,)), isinstance((), (list, dict)), isinstance({}, ((), (dict,))))
print(isinstance(f, type(f)), isinstance(len, type(len)), isinstance(gc, type(gc)))
print(isinstance(range(1), range), isinstance(5, bool), isinstance(False, int))
print(type(f).__name__, type(gc).__name__, type(a).__name__, type({}.items()).__name__)


def outer():
    x = 1

    def inner():
        return x

    return inner.__closure__[0]


cell = outer()
print(type(cell), type(cell).__name__, isinstance(cell, type(cell)))
