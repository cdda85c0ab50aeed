# Chapter 2 (the runner): a class's __init__ binds the arguments of the call
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

p = Point(1, y=2)
print(p.x, p.y)
p = Point(y=5, x=4)
print(p.x, p.y)
Point(z=1)
