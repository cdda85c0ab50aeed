# Chapter 2 (the runner): __add__ and __radd__ that hand the work to each other
class A:
    def __add__(self, o):
        return o + self
    def __radd__(self, o):
        return self + o
A() + 1
