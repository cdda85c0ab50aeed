# Chapter 2 (the runner): sorting by a key is stable, reversed too: equal
# keys keep their order (CPython 3.11's list.sort reverses, sorts, reverses).
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
items = list(range(20))
items.sort(key=lambda n: n % 3)
print(items)
items.sort(key=lambda n: n % 2, reverse=True)
print(items)
