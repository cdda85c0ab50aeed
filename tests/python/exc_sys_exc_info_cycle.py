# Chapter 2 (the runner): sys.exc_info()'s traceback kept in a local makes
# the cycle the documentation of sys.exc_info warns about.
import gc
import sys
gc.disable()
gc.collect()
def handler():
    try:
        raise ValueError("v")
    except ValueError:
        info = sys.exc_info()
    return info[0].__name__
print(handler())
print(gc.collect())
