# Chapter 2 (the runner): *x where x is not iterable
def f(*args):
    pass

f(*5)
