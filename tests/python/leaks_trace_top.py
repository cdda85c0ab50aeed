# Chapter 7. tracemalloc finds the line that grows: an unbounded cache
# whose entries are allocated on one line, measured against a list built
# on another, compared between two snapshots by line and by file.
# Sizes differ between the interpreters (the chapter says why), so:
# run.py: mask byte counts
import tracemalloc

cache = {}


def lookup(key):
    if key not in cache:
        cache[key] = "result " * 40 + str(key)
    return cache[key]


def small_work(n):
    return [str(i * 7) for i in range(n)]


def where(stat):
    return str(stat).split("/")[-1]


def ours(snapshot):
    return snapshot.filter_traces([tracemalloc.Filter(True, "*leaks_trace_top.py")])


tracemalloc.start()
before = ours(tracemalloc.take_snapshot())
for request in range(3000):
    lookup(request)
kept = small_work(300)
after = ours(tracemalloc.take_snapshot())

# The cache's line leads with the same count on both interpreters (its
# strings and the dict's table); the loop's line allocates ints, of which
# CPython caches those up to 256: only its place is printed.
print("top lines:")
stats = after.statistics("lineno")
print(" ", where(stats[0]))
print(" ", where(stats[1].traceback), stats[1].count > 2000)

print("what grew:")
diffs = after.compare_to(before, "lineno")
print(" ", where(diffs[0]))
print(" ", where(diffs[1].traceback), diffs[1].count_diff > 0, diffs[1].size_diff == diffs[1].size)

top = after.statistics("lineno")[0]
print("the biggest line is", top.traceback[0].lineno, "with", top.count, "blocks")
by_file = after.statistics("filename")
print(len(by_file), "file;", where(by_file[0]).split(":")[0], "line", by_file[0].traceback[0].lineno)

current, peak = tracemalloc.get_traced_memory()
print("current <= peak:", current <= peak)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
