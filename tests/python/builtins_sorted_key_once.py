# Chapter 2 (the runner): the key is called once per item, first to last,
# while the list being sorted looks empty (CPython 3.11).
calls = []
items = [3, 1, 2]
def key(n):
    calls.append((n, len(items)))
    return -n
items.sort(key=key)
print(items, calls)
print(sorted([], key=1), sorted([5], key=lambda n: n))
