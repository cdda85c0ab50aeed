# Chapter 2 (the runner): what the collector sees: an exception reaches its
# args and traceback, a traceback its frame, a running frame nothing (it is
# not tracked), a returned frame its caller, its function and its locals.
# Deliberate difference: CPython's frame also reaches a code object, which
# minipy does not have: the program prints what both have.
import gc
def names(objects):
    found = []
    for x in objects:
        if type(x).__name__ != "code":
            found.append(type(x).__name__)
    return found
def running():
    try:
        raise ValueError("x")
    except ValueError as e:
        tb = e.__traceback__
        print(names(gc.get_referents(e)))
        print(names(gc.get_referents(tb)))
        print(names(gc.get_referents(tb.tb_frame)))
        print(gc.is_tracked(e), gc.is_tracked(tb), gc.is_tracked(tb.tb_frame))
running()
def returned(a):
    b = [a]
    try:
        raise ValueError("x")
    except ValueError as e:
        return e
e = returned(5)
tb = e.__traceback__
frame = tb.tb_frame
print(names(gc.get_referents(frame)))
print(gc.is_tracked(frame), frame.f_lineno, tb.tb_lineno, tb.tb_next)
print(frame.f_locals)
print(type(frame).__name__, type(tb).__name__, frame.f_back is not None)
