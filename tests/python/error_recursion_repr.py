# Chapter 2 (the runner): a RecursionError from a __repr__ that calls repr(self)
# CPython's message here: maximum recursion depth exceeded while calling a
# Python object.
class Loop:
    def __repr__(self):
        return repr(self)

print("before")
repr(Loop())
