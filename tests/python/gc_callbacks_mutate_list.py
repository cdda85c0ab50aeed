# Chapter 3 (generations): functions of gc.callbacks that remove themselves
# and add others while the collector walks the list: the walk reads the
# length again after each call, as python3 3.11's does.
import gc

calls = []

def once(phase, info):
    calls.append("once " + phase)
    gc.callbacks.remove(once)

def adder(phase, info):
    calls.append("adder " + phase)
    if phase == "start":
        gc.callbacks.append(late)

def late(phase, info):
    calls.append("late " + phase)

gc.callbacks.append(once)
gc.callbacks.append(adder)
gc.collect()
print(calls)
print(len(gc.callbacks))
gc.callbacks.clear()
