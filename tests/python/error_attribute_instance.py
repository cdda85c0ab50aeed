# Chapter 2 (the runner): an AttributeError on an instance
# Reading an attribute that an instance never got.
class Point:
    def __init__(self, x):
        self.x = x

p = Point(3)
print(p.x)
print(p.y)
