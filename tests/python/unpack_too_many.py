# Chapter 2 (the runner): more values than targets is a ValueError
# CPython 3.11 says how many it expected, not how many it got; the names
# keep what they held before.
a, b = 0, 0
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
print(a, b)
try:
    for x, y in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(e)
a, b = iter([1, 2, 3])
