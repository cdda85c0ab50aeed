# Chapter 3 (generations): gc.get_stats, gc.callbacks and DEBUG_SAVEALL.
import gc


def report(phase, info):
    print(phase, "generation", info["generation"],
          "collected", info["collected"], "uncollectable", info["uncollectable"])


def make_loop():
    loop = []
    loop.append(loop)


gc.disable()
gc.collect()
before = gc.get_stats()
gc.callbacks.append(report)
make_loop()
make_loop()
gc.collect(0)
make_loop()
gc.collect(1)
gc.callbacks.remove(report)
after = gc.get_stats()
for generation in range(3):
    print("generation", generation, "ran",
          after[generation]["collections"] - before[generation]["collections"],
          "collections, found",
          after[generation]["collected"] - before[generation]["collected"])
print(sorted(after[0].keys()))

gc.set_debug(gc.DEBUG_SAVEALL)
make_loop()
print("found", gc.collect(), "saved:", len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print("flags:", gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE,
      gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
