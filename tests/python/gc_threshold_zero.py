# Chapter 3 (generations): a threshold of 0 turns automatic collection off
# With generation 0's threshold at 0 the collector stays enabled but no
# allocation starts a collection: the cycles wait for gc.collect(). With a
# threshold again, collections start by themselves. (For the older
# generations 0 is an ordinary threshold.) Collections are counted with
# gc.get_stats().
import gc


class Node:
    pass


def make_cycles(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.partner = b
        b.partner = a


def collections():
    total = 0
    for generation in gc.get_stats():
        total += generation["collections"]
    return total


gc.collect()
gc.set_threshold(0)
before = collections()
make_cycles(5000)
print("threshold 0, enabled:", gc.isenabled(), "- automatic collections:",
      collections() - before)
print("the 10000 Nodes wait for gc.collect():", gc.collect() >= 10000)

gc.set_threshold(700)
before = collections()
make_cycles(5000)
print("threshold 700: automatic collections ran:", collections() - before > 0)
print("and found most of the cycles: gc.collect() finds fewer than 1400:",
      gc.collect() < 1400)
