# Chapter 3 (generations): callbacks that change gc.callbacks while it runs
# The collector walks the list by index and reads its length again after
# each call, as CPython 3.11 does: a callback that removes itself makes the
# next one move into its place, which is skipped for that phase; one that
# appends a callback has it called in the same phase.
import gc

calls = []


def once(phase, info):
    calls.append("once " + phase)
    gc.callbacks.remove(once)


def skipped(phase, info):
    calls.append("skipped " + phase)


def adder(phase, info):
    calls.append("adder " + phase)
    if phase == "start":
        gc.callbacks.append(late)


def late(phase, info):
    calls.append("late " + phase)


gc.disable()
gc.collect()
gc.callbacks.append(once)
gc.callbacks.append(skipped)
gc.callbacks.append(adder)
gc.collect(0)
print(calls)
print(len(gc.callbacks), "left")
calls.clear()
gc.collect(0)
print(calls)
gc.callbacks.clear()
print(gc.callbacks)
