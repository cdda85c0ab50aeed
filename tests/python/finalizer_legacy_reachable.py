# Chapter 5 (finalizers): Python 3.3's rule takes along what a finalizer reaches
# minipy options: --legacy-finalizers
# With legacy finalizers, everything an uncollectable object reaches is kept
# too (it counts as uncollectable, but only objects with __del__ go into
# gc.garbage); a cycle without __del__ beside it is freed as usual; the
# callbacks' info says so.  Recorded in finalizer_legacy_reachable.expected.
import gc

class WithDel:
    def __del__(self):
        print("__del__")

class Plain:
    pass

def cb(phase, info):
    if phase == "stop":
        print("callback:", info["collected"], "collected,", info["uncollectable"], "uncollectable")

gc.disable()
w = WithDel()
w.me = w
w.data = [Plain(), Plain()]
p = Plain()
p.me = p
del w, p
gc.callbacks.append(cb)
print("collect returns", gc.collect())
print(len(gc.garbage))
for o in gc.garbage:
    print(type(o).__name__, len(o.data))
gc.callbacks.clear()
