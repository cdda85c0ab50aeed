# Chapter 7. The tracemalloc API beside the snapshot: its errors, a
# stop/start cycle, clear_traces and reset_peak, the traceback limit,
# cumulative statistics, a Traceback's frames and format(), filters.
import tracemalloc


def base(text):
    return str(text).split("/")[-1]


def fails(function, *args):
    try:
        function(*args)
    except (ValueError, RuntimeError, TypeError) as error:
        print(type(error).__name__ + ":", error)


print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
fails(tracemalloc.take_snapshot)
fails(tracemalloc.start, 0)
fails(tracemalloc.start, 65536)
fails(tracemalloc.start, "two")


def inner(n):
    return ["inner " * 20 + str(i) for i in range(n)]


def outer(n):
    return inner(n)


tracemalloc.start(4)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(9)
print("a second start keeps", tracemalloc.get_traceback_limit())
kept = outer(2000)
snap = tracemalloc.take_snapshot()
print("limit", snap.traceback_limit)
fails(snap.statistics, "function")
fails(snap.statistics, "traceback", True)
mine = snap.filter_traces([tracemalloc.Filter(True, "*leaks_trace_api.py")])
top = mine.statistics("traceback")[0]
print(len(top.traceback), [base(frame) for frame in top.traceback])
print([base(line) for line in top.traceback.format()])
print([base(line) for line in top.traceback.format(limit=1)])
print([base(line) for line in top.traceback.format(most_recent_first=True)])
print(base(top.traceback), top.traceback[-1].lineno, top.traceback.total_nframe)
path = top.traceback[0].filename
print(repr(top.traceback[0]).replace(path, base(path)))
print(repr(top.traceback).replace(path, base(path)))
text = repr(top).replace(path, base(path))
print(text[:text.index(" size=")], text.count("count="))
cumulative = mine.statistics("lineno", cumulative=True)
print([base(stat.traceback) for stat in cumulative[:3]])
print(cumulative[0].count == cumulative[1].count == cumulative[2].count)
only_outer = mine.filter_traces([tracemalloc.Filter(True, "*leaks_trace_api.py", 30, True)])
print(len(only_outer.statistics("lineno")) > 0)
none = mine.filter_traces([tracemalloc.Filter(False, "*leaks_trace_api.py")])
print(none.statistics("lineno"), none.compare_to(none, "filename"))
f = tracemalloc.Filter(True, "*.py", 3)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames)

current, peak = tracemalloc.get_traced_memory()
del kept
after, peak_after = tracemalloc.get_traced_memory()
print("freed:", after < current, "peak kept:", peak_after >= current)
tracemalloc.reset_peak()
print("reset:", tracemalloc.get_traced_memory()[1] < peak_after)
tracemalloc.clear_traces()
print("cleared:", tracemalloc.get_traced_memory()[0] < after)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
fresh = tracemalloc.take_snapshot()
print("before the restart:", len(fresh.filter_traces([tracemalloc.Filter(True, "*api.py", 26)]).statistics("lineno")))
tracemalloc.stop()
