# Chapter 2 (the runner): an int on the left, a class without __radd__ on
# the right
class Money:
    def __add__(self, other):
        return NotImplemented

5 + Money()
