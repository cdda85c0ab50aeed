# Chapter 2 (the runner): walking a traceback as tutorials do: each frame's
# code object names its function, its file and its first line.
import gc
import sys


def inner(x):
    return 1 // x


def outer():
    return inner(0)


class Service:
    def run(self):
        return outer()


try:
    Service().run()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        print(code.co_name, code.co_qualname, code.co_firstlineno, tb.tb_lineno,
              code.co_filename == __file__ if False else code.co_filename.endswith(".py"))
        tb = tb.tb_next
print(inner.__code__.co_name, outer.__code__.co_firstlineno, type(inner.__code__).__name__)
print(gc.is_tracked(inner.__code__), repr(inner.__code__).startswith("<code object inner at 0x"))
f = sys._getframe() if False else None
print((lambda: 0).__code__.co_name, Service.run.__code__.co_qualname)
