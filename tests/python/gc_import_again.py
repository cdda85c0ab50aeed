# Chapter 3 (generations): gc imported again shares the collector's lists
# A program takes gc out of the modules and imports it again: the new module
# has the same gc.garbage and gc.callbacks, since there is one collector, and
# a callback registered before still runs.
import gc

seen = []

def note(phase, info):
    if phase == "stop":
        seen.append(info["generation"])

gc.callbacks.append(note)
old = gc
for o in gc.get_objects():
    if type(o) is dict and "gc" in o and o["gc"] is gc and "seen" not in o:
        o.pop("gc")
import gc
print(old is gc, old.callbacks is gc.callbacks, old.garbage is gc.garbage)
gc.collect(1)
print(seen)
gc.callbacks.remove(note)
