# Chapter 5 (finalizers): an exception kept in a variable keeps its
# traceback, the traceback its frame, the frame its locals: a tutorial's
# accidental cycle, and how dropping the exception breaks it.
import gc
import sys


class Big:
    count = 0

    def __init__(self):
        Big.count += 1

    def __del__(self):
        Big.count -= 1


def fail():
    data = Big()
    raise RuntimeError("oops")


def keep():
    try:
        fail()
    except RuntimeError as e:
        saved = e
    return saved


error = keep()
print(type(error).__name__, error, Big.count)
tb = error.__traceback__
depth = 0
while tb is not None:
    depth += 1
    tb = tb.tb_next
print("frames in the traceback:", depth)
del error
print("after del:", Big.count)


def cycle():
    try:
        fail()
    except RuntimeError:
        info = sys.exc_info()
    return len(info)


gc.collect()
print(cycle(), Big.count, gc.collect() >= 0, Big.count)
