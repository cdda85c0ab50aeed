# Chapter 2 (the runner): dict() from pairs and keywords, dict.fromkeys,
# iter(callable, sentinel) and vars() of an instance
print(dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict(zip("ab", [1, 2])), dict({"x": 1}, y=2), dict(["ab", "cd"]), dict())
for bad in (lambda: dict(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict({}, {}), lambda: dict([([], 1)])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
data = [3, 2, 1, 0, 5]
def pop():
    return data.pop(0)
print(list(iter(pop, 0)), data)
it = iter(pop, 99)
print(next(it), type(it).__name__)
try:
    iter(5, 0)
except TypeError as e:
    print(e)
class P:
    def __init__(self):
        self.x = 1
        self.y = [2]
p = P()
print(vars(p), vars(p) == {"x": 1, "y": [2]})
try:
    vars(5)
except TypeError as e:
    print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
