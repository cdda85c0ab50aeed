# Chapter 5 (finalizers): DEBUG_UNCOLLECTABLE in Python 3.3's mode
# minipy options: --legacy-finalizers
# gc.DEBUG_UNCOLLECTABLE prints each uncollectable object on stderr; stdout is
# recorded in finalizer_legacy_debug.expected.  Left in gc.garbage at exit,
# the cycle is freed by minipy's shutdown without its __del__, as Python 3.3
# left it to the process's exit.
import gc

class C:
    def __del__(self):
        print("__del__ at shutdown")

gc.disable()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
c = C()
c.me = c
del c
print("collect returns", gc.collect())
print(len(gc.garbage))
