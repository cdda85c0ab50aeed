# Chapter 3 (generations): a callback that raises does not stop the others
# An exception in a callback cannot reach the program: it is reported on
# standard error as an unraisable exception ("Exception ignored in: <function
# broken at 0x...>", then the traceback), the callbacks after it still run,
# the collection goes on, and the program ends normally. run.py compares the
# standard output and the exit status, 0.
import gc

calls = []


def first(phase, info):
    calls.append("first " + phase)


def broken(phase, info):
    calls.append("broken " + phase)
    return info["no such key"]


def last(phase, info):
    calls.append("last " + phase + " " + str(info["collected"]))


gc.disable()
gc.collect()
gc.callbacks.append(first)
gc.callbacks.append(broken)
gc.callbacks.append(last)
a = []
a.append(a)
del a
print("collect() returns", gc.collect())
print(calls)
calls.clear()
b = {}
b["b"] = b
del b
print("again:", gc.collect(0), calls)
gc.callbacks.remove(broken)
print("still registered:", len(gc.callbacks))
