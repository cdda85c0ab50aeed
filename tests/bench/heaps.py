"""heaps.py: the heaps of tests/bench/costs.c and young_collection.c, built
in python3 and timed on CPython's collector.  Chapter 3.

Usage: python3 heaps.py WORKLOAD SIZE RUNS.  Prints RUNS figures, one a line:
the nanoseconds of each timed run (the whole run, not per object), or for
`memory` its four figures.  The C benchmarks run it and read them.

The heaps are the C side's, object for object: instances of one class,
with their attributes in the instance as our runtime keeps them.  CPython
3.11 keeps an instance's attributes in a values array beside it, sized
from the class's shared keys; it makes a separate __dict__ object only if
the program asks for one, or if an instance gains an attribute its class's
keys do not have room for.  So every instance gets all its attributes as
soon as it is made (the graph's first as None), which keeps the keys the
size the first instance made them.

The interpreter's own objects (modules, functions, classes: about ten
thousand at start) are frozen first, so that a collection examines the
heap built here and nothing else, as in our runtime, which has no
interpreter.  Automatic collection is off while a heap is built, and only
the timed collections run."""

import gc
import random
import resource
import sys
import time

# As young_collection.c: untimed collections before the timed ones.
YOUNG_WARMUP_RUNS = 20
YOUNG_OBJECTS = 700
# As costs.c: the size of each ring of the `rings` workload.
RING_SIZE = 100
BYTES_PER_KIB = 1024
STATM_RESIDENT_FIELD = 1


class Node:
    pass


def live_list(size):
    """A list of `size` instances, each with one attribute, an int."""
    nodes = []
    for i in range(size):
        node = Node()
        node.value = i
        nodes.append(node)
    return nodes


def live_graph(size):
    """`size` instances held by a list, each with two attributes that name
    instances chosen at random: a random graph of out-degree 2."""
    nodes = []
    for _ in range(size):
        node = Node()
        node.left = None
        node.right = None
        nodes.append(node)
    targets = random.choices(nodes, k=2 * size)
    for i, node in enumerate(nodes):
        node.left = targets[2 * i]
        node.right = targets[2 * i + 1]
    return nodes


def rings(size, ring_size):
    """`size` instances in rings of `ring_size`, each naming the next; none
    is held from outside, so all are cyclic garbage."""
    for _ in range(size // ring_size):
        first = last = Node()
        for _ in range(ring_size - 1):
            node = Node()
            last.next = node
            last = node
        last.next = first


def timed_collection(generation=2):
    start = time.perf_counter_ns()
    found = gc.collect(generation)
    return time.perf_counter_ns() - start, found


def time_live(build, size, runs):
    heap = build(size)
    gc.collect()  # untimed: the first moves everything to the oldest generation
    times = [timed_collection()[0] for _ in range(runs)]
    del heap
    gc.collect()
    return times


GARBAGE = {
    "pairs": lambda size: rings(size, 2),
    "rings": lambda size: rings(size, RING_SIZE),
    "ring": lambda size: rings(size, size),
}


def time_garbage(build, size, runs):
    times = []
    for _ in range(runs):
        build(size)
        elapsed, found = timed_collection()
        if found != size:
            sys.exit(f"heaps.py: a collection found {found} objects, not {size}")
        times.append(elapsed)
    return times


def young_set():
    """young_collection.c's set: survivors in a chain, held by the list
    returned, and between each two of them a garbage pair."""
    kept = []
    for _ in range(YOUNG_OBJECTS // 4):
        for _ in range(2):
            node = Node()
            if kept:
                node.peer = kept[-1]
            kept.append(node)
            if len(kept) % 2:
                a, b = Node(), Node()
                a.peer = b
                b.peer = a
                del a, b
    return kept


def release(kept):
    """Newest first, as young_collection.c, so that no free goes down the chain."""
    while kept:
        kept.pop()


def time_young(old_size, runs):
    old = [[] for _ in range(old_size)]
    gc.collect()
    times = []
    for run in range(YOUNG_WARMUP_RUNS + runs):
        kept = young_set()
        elapsed, _ = timed_collection(0)
        release(kept)
        if run >= YOUNG_WARMUP_RUNS:
            times.append(elapsed)
    del old
    return times


def time_alloc(size, runs):
    """Make and drop `size` instances; less the same loop making nothing,
    so that what is left is the allocation, the counting and the free."""
    gc.enable()
    times = []
    loop = range(size)
    for _ in range(runs):
        start = time.perf_counter_ns()
        for _ in loop:
            Node()
        middle = time.perf_counter_ns()
        for _ in loop:
            pass
        end = time.perf_counter_ns()
        times.append((middle - start) - (end - middle))
    return times


def time_drop(size, runs):
    """Free a list of `size` instances by dropping its one reference."""
    times = []
    for _ in range(runs):
        heap = live_list(size)
        start = time.perf_counter_ns()
        del heap
        times.append(time.perf_counter_ns() - start)
    return times


def resident_bytes():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[STATM_RESIDENT_FIELD]) * resource.getpagesize()


def memory(size):
    """The GC header, the last instance as sys.getsizeof counts it (its
    header included), resident memory per instance of a graph of `size`, and the
    process's peak resident memory."""
    before = resident_bytes()
    heap = live_graph(size)
    grown = resident_bytes() - before
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * BYTES_PER_KIB
    header = sys.getsizeof([]) - [].__sizeof__()
    return [header, sys.getsizeof(heap[-1]), grown / size, peak]


def main():
    workload, size, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if workload == "version":
        print(sys.version.split()[0])
        return
    gc.disable()
    gc.freeze()
    if workload == "list":
        figures = time_live(live_list, size, runs)
    elif workload == "graph":
        figures = time_live(live_graph, size, runs)
    elif workload in GARBAGE:
        figures = time_garbage(GARBAGE[workload], size, runs)
    elif workload == "young":
        figures = time_young(size, runs)
    elif workload == "alloc":
        figures = time_alloc(size, runs)
    elif workload == "drop":
        figures = time_drop(size, runs)
    elif workload == "memory":
        figures = memory(size)
    else:
        sys.exit(f"heaps.py: no workload {workload!r}")
    print("\n".join(str(figure) for figure in figures))


if __name__ == "__main__":
    main()
