# Chapter 2 (the runner): the built-in exception classes and their places
# in CPython 3.11's hierarchy.
for cls in (KeyError, IndexError, ZeroDivisionError, UnboundLocalError, RecursionError,
            NotImplementedError, ModuleNotFoundError, StopIteration, KeyboardInterrupt):
    print(cls.__name__, cls.__bases__[0].__name__, issubclass(cls, Exception))
print(Exception.__mro__)
print(BaseException.__bases__)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(repr(Exception("a", 1)), str(Exception("a", 1)), repr(ValueError()))
