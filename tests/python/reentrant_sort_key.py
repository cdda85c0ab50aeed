# Chapter 2 (the runner): a key that sorts, clears or collects the list
# being sorted sees it empty (CPython 3.11); only adding to it is an error.
import gc
items = [3, 1, 2]
items.sort(key=lambda n: items.sort(reverse=True) or n)
print(items)
items.sort(key=lambda n: items.clear() or -n)
print(items)
items.sort(key=lambda n: gc.collect() * 0 + n, reverse=True)
print(items)
try:
    items.sort(key=lambda n: items.extend([n, n]) or n, reverse=True)
except ValueError as e:
    print(e, items)
