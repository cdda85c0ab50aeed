# Chapter 2 (the runner): an __eq__ that compares with itself recurses until
# the recursion limit
class A:
    def __eq__(self, o):
        return self == o
A() == A()
