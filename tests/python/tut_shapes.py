# Chapter 2 (the runner): the shapes of every OOP tutorial: an abstract-ish
# base, overriding, super(), __str__ and __eq__, sorting by a key.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError("subclasses define area")

    def __str__(self):
        return f"{self.name} with area {self.area()}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()

    __hash__ = None


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


shapes = [Rect(2, 3), Square(2), Rect(1, 4), Square(3)]
for s in sorted(shapes):
    print(s)
print(Rect(2, 2) == Square(2), Rect(1, 1) != Square(2), max(shapes).name)
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    {Square(1): 1}
except TypeError as e:
    print("TypeError:", e)
print([type(s).__name__ for s in shapes], issubclass(Square, Shape))
