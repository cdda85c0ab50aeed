# Chapter 5 (generators): a generator suspended inside an except clause
# keeps the exception it handles to itself: its caller does not see it in
# sys.exc_info(), and the generator sees it again when resumed.
import sys

def handler():
    try:
        raise KeyError("inside")
    except KeyError:
        print("in the generator:", sys.exc_info()[0].__name__)
        yield 1
        print("resumed:", repr(sys.exc_info()[1]))
        raise
    yield "unreached"

h = handler()
next(h)
print("the caller:", sys.exc_info())
try:
    raise ValueError("outside")
except ValueError:
    try:
        next(h)
    except KeyError as e:
        print("re-raised from the generator:", repr(e), "context:", repr(e.__context__))
    print("the caller's own:", repr(sys.exc_info()[1]))

def sees_caller():
    yield repr(sys.exc_info()[1])

try:
    raise TypeError("caller's")
except TypeError:
    print("generator sees:", next(sees_caller()))
