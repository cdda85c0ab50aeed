# Chapter 2 (the runner): a cache keyed by objects with __hash__ and
# __eq__, the kind a tutorial on memoization writes, and what it keeps.
import gc


class Query:
    def __init__(self, table, key):
        self.table = table
        self.key = key

    def __eq__(self, other):
        return isinstance(other, Query) and (self.table, self.key) == (other.table, other.key)

    def __hash__(self):
        return hash((self.table, self.key))

    def __repr__(self):
        return f"Query({self.table!r}, {self.key})"


cache = {}
calls = 0


def run(query):
    global calls
    if query in cache:
        return cache[query]
    calls += 1
    result = [query.key] * 3
    cache[query] = result
    return result


for key in [1, 2, 1, 3, 2, 1]:
    run(Query("users", key))
print("computed", calls, "times for", len(cache), "entries")
print(sorted(cache, key=lambda q: q.key))
print(Query("users", 2) in cache, Query("orders", 2) in cache)
cache.pop(Query("users", 1))
print(len(cache), gc.is_tracked(cache))
seen = {Query("a", 1), Query("a", 1), Query("b", 1)}
print(len(seen))
