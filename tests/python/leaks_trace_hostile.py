# Chapter 7. What must not break the tracer: tracing started and stopped
# inside a gc callback and inside __del__, while a collection frees
# thousands of traced objects, snapshots taken there, and tracing left on
# at shutdown while finalizers allocate.
import gc
import tracemalloc


class Cell:
    def __init__(self, n):
        self.me = self
        self.data = "cell " * 10 + str(n)


class Toggler:
    def __del__(self):
        if tracemalloc.is_tracing():
            tracemalloc.stop()
        else:
            tracemalloc.start()
        seen.append(tracemalloc.is_tracing())


seen = []
events = []


def on_gc(phase, info):
    if phase == "start" and not tracemalloc.is_tracing():
        tracemalloc.start(2)
        events.append("started")
    elif phase == "stop" and tracemalloc.is_tracing():
        snap = tracemalloc.take_snapshot()
        events.append(len(snap.statistics("lineno")) >= 0)
        tracemalloc.stop()
        events.append("stopped")


gc.callbacks.append(on_gc)
for round in range(3):
    cells = [Cell(i) for i in range(3000)]
    del cells
    print("collected", gc.collect() >= 3000, events)
    events.clear()
gc.callbacks.remove(on_gc)

tracemalloc.start()
cells = [Cell(i) for i in range(2000)]
for i in range(4):
    t = Toggler()
    t.me = t
    del t
    gc.collect()
print(seen)
del cells
gc.collect()
tracemalloc.stop()
tracemalloc.start()
print(tracemalloc.get_traced_memory()[0] < 100000)


class Last:
    def __del__(self):
        kept = ["at exit " + str(i) for i in range(100)]
        print("finalizer at shutdown, tracing:", tracemalloc.is_tracing(), len(kept))


last = Last()
last.me = last
