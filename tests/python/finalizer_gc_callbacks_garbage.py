# Chapter 5 (finalizers): with PEP 442 a cycle with __del__ is collectable:
# gc.garbage stays empty, the callbacks' info and get_stats() say 0
# uncollectable, DEBUG_UNCOLLECTABLE prints nothing.
import gc

class C:
    def __del__(self):
        print("__del__")

def cb(phase, info):
    if phase == "stop":
        print(phase, info["collected"], info["uncollectable"])

gc.disable()
gc.callbacks.append(cb)
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
c = C()
c.me = c
del c
print("collected", gc.collect())
print(gc.garbage, gc.get_stats()[2]["uncollectable"])
gc.set_debug(0)
gc.callbacks.clear()
