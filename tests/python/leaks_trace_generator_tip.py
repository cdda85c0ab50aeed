# Chapter 7. The article's tip "use generator expressions", measured with
# tracemalloc: the same sum over a list comprehension, whose peak holds
# every item at once, and over a generator expression, whose peak holds one
# item and the generator's frame.
# run.py: mask byte counts
import tracemalloc

N = 100000


def kib(size):
    return str(size // 1024) + " KiB"


def peak_of(summing):
    """The sum, and the peak of traced memory while it ran."""
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    total = summing()
    peak = tracemalloc.get_traced_memory()[1] - base
    print("  held after:", tracemalloc.get_traced_memory()[0] - base < 1024)
    return total, peak


def over_a_list():
    return sum([x * 2 for x in range(N)])


def over_a_generator():
    return sum(x * 2 for x in range(N))


tracemalloc.start()
print("a list of", N, "items:")
list_total, list_peak = peak_of(over_a_list)
print("  peak while summing:", kib(list_peak), "or", str(list_peak // N) + " B an item")
print("a generator expression:")
generator_total, generator_peak = peak_of(over_a_generator)
print("  peak under 1 KiB:", generator_peak < 1024)
print("same sum:", list_total == generator_total)
print("the list's peak is over 1000 times the generator's:",
      list_peak > 1000 * generator_peak)
tracemalloc.stop()
