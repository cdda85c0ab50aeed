# Chapter 5 (finalizers): hostile cases: __exit__ raising on a return, a
# __del__ raising while an exception unwinds its frame, a gc callback that
# raises and catches while tracebacks are collected, raise e again, a with
# that swallows in a loop, and an exception whose __str__ fails.
import gc
class Exit:
    def __enter__(self):
        return self
    def __exit__(self, a, b, c):
        raise KeyError("from exit")
def f():
    with Exit():
        return 5
try:
    f()
except KeyError as e:
    print("exit raised on return", e)
class Evil:
    def __del__(self):
        raise ValueError("from del")
def g():
    x = Evil()
    raise TypeError("unwinding")
try:
    g()
except TypeError as e:
    print("caught", e)
def cb(phase, info):
    try:
        raise ValueError("in callback")
    except ValueError:
        pass
gc.callbacks.append(cb)
def h():
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
for i in range(3):
    h()
print(gc.collect())
gc.callbacks.remove(cb)
def reraiser():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise e
        except ValueError as again:
            return again.__traceback__.tb_lineno
print(reraiser())
class R:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return True
def w():
    for i in range(3):
        with R():
            raise ValueError(i)
    return "survived"
print(w())
try:
    raise ValueError("x")
except ValueError as e:
    e.__traceback__ = None
    print(e.__traceback__)
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str fails")
raise Weird()
