# Chapter 3 (generations): which generation each automatic collection takes
# With thresholds (10, 2, 2), a callback records the generation of every
# collection while a loop makes cycles: generation 0 three times, then
# generation 1 once (its count, 3, passed 2), and after three of those a full
# collection. gc.freeze() and a collection first leave the interpreter's own
# objects out, so that the long-lived heuristic lets each full collection
# run in CPython as in ours.
import gc


class Node:
    pass


def make_cycle():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a


seen = []


def record(phase, info):
    if phase == "start":
        seen.append(info["generation"])


gc.freeze()
gc.collect()
gc.set_threshold(10, 2, 2)
gc.callbacks.append(record)
for i in range(400):
    make_cycle()
gc.callbacks.remove(record)
gc.set_threshold(700, 10, 10)

# 800 Nodes make about 72 collections; the exact number depends on every
# container the interpreter makes, so only the first 39 are shown.
first = []
for i in range(39):
    first.append(seen[i])
print("the first 39 collections:", first)
full = []
for i in range(len(first)):
    if first[i] == 2:
        full.append(i + 1)
print("full collections among them, at:", full)
print("generation 0 took", first.count(0), "and generation 1", first.count(1))
gc.unfreeze()
