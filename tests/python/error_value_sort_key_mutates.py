# Chapter 2 (the runner): a key that changes the list being sorted
# (CPython 3.11: ValueError: list modified during sort).
items = [3, 1, 2]
try:
    items.sort(key=lambda n: items.append(n) or n)
except ValueError as e:
    print("caught:", e, items)
items.sort(key=lambda n: items.append(n) or n, reverse=True)
