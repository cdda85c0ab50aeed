# Chapter 2 (the runner): map and filter, lazy iterators that are tracked
# containers as in CPython
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a", None, [], [1]])), list(filter(lambda x: x % 2, range(10))))
print("-".join(map(str, range(4))), sum(map(len, ["ab", "c"])), sorted(map(abs, [-3, 1, -2])))
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(e)
for bad in (lambda: map(str), lambda: filter(None), lambda: map(str, 5)):
    try:
        bad()
    except TypeError as e:
        print(e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, isinstance(map(str, []), map))
import gc
m = map(str, [1])
print(gc.is_tracked(m), iter(m) is m)
