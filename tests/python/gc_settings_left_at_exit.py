# Chapter 3 (generations): a program that leaves the collector set up
# It ends with DEBUG_SAVEALL on and a cycle in gc.garbage (which holds
# itself too), a frozen cycle, odd thresholds and a callback that prints.
# The runner must still free every object at shutdown, or it reports a leak
# and exits with another status than 0. The collector is disabled last:
# CPython 3.11, when it is enabled, runs one more full collection at
# shutdown with the callbacks (PyGC_Collect in Py_FinalizeEx), which the
# runner does not (see the appendix's deliberate differences).
import gc


class Node:
    pass


def cycle():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a


def talk(phase, info):
    print("callback:", phase, info["generation"])


cycle()
gc.freeze()
gc.set_debug(gc.DEBUG_SAVEALL)
cycle()
print("saved:", gc.collect(), len(gc.garbage))
gc.set_threshold(5, 1, 1)
gc.callbacks.append(talk)
gc.garbage.append(gc.garbage)
gc.callbacks.append(gc.callbacks)
gc.callbacks.remove(gc.callbacks)
print("frozen:", gc.get_freeze_count() > 0)
gc.disable()
print("end")
