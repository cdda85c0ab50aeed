# Chapter 4: weakref.proxy forwards operators, len(), items, in, iteration
# and truth to what it stands for, and raises ReferenceError once it died.
import weakref


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Box(self.items + [other])

    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items

    def __contains__(self, x):
        return x in self.items

    def __str__(self):
        return f"Box{self.items}"

    def __bool__(self):
        return bool(self.items)


b = Box([1, 2, 3])
p = weakref.proxy(b)
print(len(p), p[0], p[-1], str(p), p + 4, 2 in p, 9 in p, bool(p), p == Box([1, 2, 3]), p != b)
print(list(p), [x * 2 for x in p], sorted(p, reverse=True), p.items)
del b
for op in (lambda: len(p), lambda: p[0], lambda: p + 1, lambda: 1 in p, lambda: bool(p), lambda: list(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
