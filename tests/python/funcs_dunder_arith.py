# Chapter 2 (the runner): arithmetic on a class: __add__, __sub__, __mul__ and
# their reflected and in-place forms, __neg__; sum() starts from 0 + v
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        if type(other) is not Vector:
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __repr__(self):
        return "Vector(" + str(self.x) + ", " + str(self.y) + ")"

a = Vector(1, 2)
b = Vector(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a)
print(sum([a, b, Vector(10, 10)]))
c = a
c += b
print(c, a, c is a)
d = b
d -= a
print(d, b, d is b)
