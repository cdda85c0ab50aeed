# Chapter 2 (the runner): vars() of an instance is a copy of its attributes
# in minipy, whose instances keep no __dict__ object (a recorded
# difference, see the runner appendix): it reads as CPython's __dict__,
# but a store into it does not reach the instance, where CPython's does.
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


p = Point()
print(vars(p))
vars(p)["x"] = 10
print(p.x)
