# Chapter 2 (the runner): repr of functions, methods, built-ins, modules, cells
# Reprs that hold an address are checked by their start: the address itself
# differs from run to run and between minipy and CPython.
import gc
import sys


def f():
    pass


class C:
    def m(self):
        pass


def outer():
    x = [1]

    def inner():
        return x

    return inner


def empty_cell():
    def inner():
        return later

    cell = inner.__closure__[0]
    text = repr(cell)
    later = 1
    return text


print(repr(f).startswith("<function f at 0x"), str(f).endswith(">"))
print(repr(C.m).startswith("<function C.m at 0x"), repr(outer()).startswith("<function outer.<locals>.inner at 0x"))
print(repr(C().m).startswith("<bound method C.m of <__main__.C object at 0x"))
print(repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr({}.get).startswith("<built-in method get of dict object at 0x"), repr("".join).startswith("<built-in method join of str object at 0x"))
print(repr(len), repr(print), repr(gc.collect), repr(sys.getrefcount))
print(repr(gc), sys, [gc])
print(C, repr(C), [C, int, type])
print(repr(outer().__closure__[0]).startswith("<cell at 0x"), ": list object at 0x" in repr(outer().__closure__[0]))
print(empty_cell().startswith("<cell at 0x"), empty_cell().endswith(": empty>"))
print(repr(C()).startswith("<__main__.C object at 0x"), str(C()).endswith(">"))
print(str(int), str(type(None)), repr(type(f)), str(type(len)), str(type(gc)))
