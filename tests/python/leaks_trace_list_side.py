# Chapter 7. The article's tip "use generator expressions", measured with
# tracemalloc: the list side, whose peak holds every item at once.  (The
# generator side waits for generators in the runner.)
# run.py: mask byte counts
import tracemalloc

N = 100000


def kib(size):
    return str(size // 1024) + " KiB"


tracemalloc.start()
tracemalloc.reset_peak()
base = tracemalloc.get_traced_memory()[0]
total = sum([x * 2 for x in range(N)])
peak = tracemalloc.get_traced_memory()[1] - base
print("sum of a list of", N, "items:", total)
print("peak while summing:", kib(peak))
print("per item:", str(peak // N) + " B")
print("held after:", tracemalloc.get_traced_memory()[0] - base < 1024)
tracemalloc.stop()
