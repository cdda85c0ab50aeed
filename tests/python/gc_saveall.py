# Chapter 3 (generations): DEBUG_SAVEALL keeps the garbage in gc.garbage
# With DEBUG_SAVEALL, a collection still finds a cycle and counts it in its
# return value, but appends its objects to gc.garbage instead of freeing
# them. gc.garbage is the same list every time: once the flag is off and the
# list emptied, the next collection frees the cycle.
import gc


class Node:
    pass


print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("debug is off:", gc.get_debug(), "garbage:", gc.garbage)
gc.disable()
gc.collect()
garbage = gc.garbage
print("set_debug returns", gc.set_debug(gc.DEBUG_SAVEALL), "- now", gc.get_debug())
a = Node()
b = Node()
a.partner = b
b.partner = a
del a, b
print("collect() finds", gc.collect())
print("gc.garbage holds", len(gc.garbage), type(gc.garbage[0]).__name__,
      type(gc.garbage[1]).__name__)
print("the same list:", gc.garbage is garbage)
print("saved, not found again: collect() finds", gc.collect())
gc.set_debug(0)
gc.garbage.clear()
print("flag off, list emptied: collect() finds", gc.collect())
print("garbage:", gc.garbage, gc.garbage is garbage)
gc.set_debug(-1)
print("any int is taken:", gc.get_debug())
gc.set_debug(0)
