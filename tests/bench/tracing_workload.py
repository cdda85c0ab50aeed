# tracing_workload.py: the program tracing.c times.  Chapter 7.
# tracing.c runs it under python3 and under minipy with TRACE set first:
# "off", "on" (tracing from the start), and "count", which is "on" and then
# prints how many blocks are traced, the tracer's own memory and the traced
# bytes (the snapshot this takes is not part of the timed runs).  It makes
# ALLOCATIONS instances of a class, each with a str, that stay alive.
import tracemalloc

ALLOCATIONS = 200000


class Item:
    def __init__(self, n):
        self.name = "item " + str(n)


if TRACE != "off":
    tracemalloc.start()
items = [Item(n) for n in range(ALLOCATIONS)]
if TRACE == "count":
    traces = 0
    for stat in tracemalloc.take_snapshot().statistics("filename"):
        traces += stat.count
    print(traces, tracemalloc.get_tracemalloc_memory(), tracemalloc.get_traced_memory()[0])
