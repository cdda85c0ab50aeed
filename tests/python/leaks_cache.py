# Chapter 7. The unbounded cache: every report ever rendered stays in a
# dict, found by objgraph.show_growth, then fixed twice: with a bound, and
# with a WeakValueDictionary that keeps a report only while someone uses it.
# python3: /usr/bin/python3
import objgraph
import weakref


class Report:
    def __init__(self, key):
        self.key = key
        self.rows = [key] * 10


def reports(o):
    return type(o).__name__ == "Report"


cache = {}


def render(key):
    if key not in cache:
        cache[key] = Report(key)
    return cache[key]


objgraph.show_growth(filter=reports)
for request in range(100):
    render(request)
objgraph.show_growth(filter=reports)
for request in range(100, 200):
    render(request)
objgraph.show_growth(filter=reports)
report = objgraph.by_type("Report")[0]
chain = objgraph.find_backref_chain(report, lambda o: o is cache)
print("kept by:", [type(o).__name__ for o in chain])
del chain, report

# The fix with a bound: the oldest entry goes when the cache is full.
CACHE_SIZE = 16
cache.clear()


def render_bounded(key):
    if key not in cache:
        if len(cache) >= CACHE_SIZE:
            del cache[next(iter(cache))]
        cache[key] = Report(key)
    return cache[key]


for request in range(300):
    render_bounded(request)
print("bounded:", objgraph.count("Report"), "reports alive")

# The fix with weak values: a report lives while a caller holds it.
cache = weakref.WeakValueDictionary()


def render_weak(key):
    report = cache.get(key)
    if report is None:
        report = Report(key)
        cache[key] = report
    return report


in_use = [render_weak(request) for request in range(5)]
for request in range(5, 300):
    render_weak(request)
print("weak values:", objgraph.count("Report"), "reports alive,",
      len(cache), "in the cache")
print(objgraph.growth(filter=reports))
