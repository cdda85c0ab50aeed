# Chapter 2 (the runner): too many positional arguments, with defaults:
# "from 1 to 2"
def f(a, b=2, *, c):
    pass

f(1, 2, 3, c=4)
