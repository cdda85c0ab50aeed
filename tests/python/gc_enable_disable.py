# Chapter 2 (the runner): gc.disable, gc.enable and gc.isenabled
# Written after test_gc's checks of the enabled flag: the flag follows the
# calls, repeated calls are harmless, and gc.collect() works while disabled.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
l = []
l.append(l)
del l
print(gc.collect())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
print(gc.isenabled())
