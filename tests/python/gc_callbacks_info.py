# Chapter 3 (generations): what gc.callbacks are told, and in what order
# Every function of the list is called with ("start", info) before a
# collection and ("stop", info) after it, in the list's order; info is a
# dict with the keys generation, collected and uncollectable, 0 found at the
# start; all the callbacks of one phase get the same dict. Written after
# test_gc's GCCallbackTests.
import gc


class Node:
    pass


def make_cycle():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a


calls = []
infos = []


def first(phase, info):
    calls.append("first " + phase)
    infos.append(info)
    print(" ", phase, info)


def second(phase, info):
    calls.append("second " + phase)
    print("  second was given the same dict:", info is infos[len(infos) - 1])


gc.disable()
gc.collect()
print("callbacks starts empty:", gc.callbacks, gc.callbacks is gc.callbacks)
gc.callbacks.append(first)
gc.callbacks.append(second)
make_cycle()
print("collect(0) returns", gc.collect(0))
make_cycle()
make_cycle()
print("collect(1) returns", gc.collect(1))
print("collect() returns", gc.collect())
print(calls)
print("a new dict for each phase:", infos[0] is not infos[1], list(infos[1].keys()))
gc.callbacks.clear()
make_cycle()
print("no callbacks: collect() returns", gc.collect(), "and calls", len(calls))
