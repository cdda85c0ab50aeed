# Chapter 2 (the runner): an exception in the key propagates, and the list
# keeps its items (CPython 3.11).
def key(n):
    if n == 2:
        raise KeyError(n)
    return n
items = [3, 1, 2, 0]
try:
    items.sort(key=key)
except KeyError as e:
    print("caught:", repr(e), items)
print(sorted(["b", "a"], key=lambda s: s.upper()))
sorted([1, 2], key=lambda n: 1 // (n - 2))
