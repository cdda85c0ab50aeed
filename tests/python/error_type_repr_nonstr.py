# Chapter 2 (the runner): repr() of an object whose __repr__ returns an int
# CPython's message: __repr__ returned non-string (type int).
class Bad:
    def __repr__(self):
        return 5

print("before")
repr(Bad())
