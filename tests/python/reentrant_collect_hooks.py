# Chapter 5 (finalizers): gc.collect() called from every hook that runs
# inside a collection (a __del__, a weak reference's callback, a function
# of gc.callbacks) returns 0: a collection does not nest.  Outside one, a
# __del__ run by reference counting collects for real.
import gc
import weakref

results = []

class Collector:
    def __del__(self):
        results.append(("__del__", gc.collect()))

class Target:
    pass

def callback_collects(ref):
    results.append(("weakref callback", gc.collect()))

def hook(phase, info):
    if phase == "start":
        results.append(("gc callback", gc.collect()))

c = Collector()
c.self = c
t = Target()
t.self = t
r = weakref.ref(t, callback_collects)
del c, t
gc.callbacks.append(hook)
print("collected:", gc.collect())
gc.callbacks.remove(hook)
for result in results:
    print(result)
results.clear()
junk = []
junk.append(junk)
del junk
Collector()
print(results)
