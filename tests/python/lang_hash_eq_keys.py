# Chapter 2 (the runner): instances as dict keys and set members
# A class that defines __hash__ and __eq__ is keyed by value: a dict calls
# __hash__ once per operation and __eq__ only on keys of the same hash.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        print("  eq", self, other)
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        print("  hash", self)
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


d = {}
print("store")
d[Point(1, 2)] = "a"
d[Point(3, 4)] = "b"
print("find")
print(d[Point(1, 2)])
print(Point(3, 4) in d, Point(5, 6) in d)
print("replace")
d[Point(1, 2)] = "c"
print(d)
print("methods")
print(d.get(Point(3, 4)), d.get(Point(9, 9), "none"))
print(d.setdefault(Point(7, 7), "new"), len(d))
print(d.pop(Point(7, 7)), len(d))
del d[Point(3, 4)]
print(d)
print("a set")
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(2, 1) in s)
s.discard(Point(1, 2))
print(s)
print("copies hash nothing again")
e = dict(d)
f = d | {Point(0, 0): "z"}
e.update(f)
print(len(e), len(f))
print("tuples of them")
t = {(Point(1, 1), "tag"): 1}
print(t[(Point(1, 1), "tag")])
