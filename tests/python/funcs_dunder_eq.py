# Chapter 2 (the runner): __eq__ and __ne__ on a class, with NotImplemented and
# the reflected operand; a class that defines __eq__ without __hash__ is
# unhashable, as in Python 3
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if type(other) is not Point:
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"

class Anything:
    def __eq__(self, other):
        print("Anything.__eq__ asked")
        return True

a = Point(1, 2)
print(a == Point(1, 2), a != Point(1, 2), a == Point(2, 1), a != Point(2, 1))
print(a == 3, 3 == a, a != "a")
print(a == Anything(), Anything() == a)
print(Point(1, 2) in [Point(0, 0), Point(1, 2)], [a, a] == [Point(1, 2), Point(1, 2)])
print([Point(0, 0)].index(Point(0, 0)), [a, Point(1, 2), 1].count(a))
print(Point.__hash__)
print(a.__eq__(3))
hash(a)
