# Chapter 2 (the runner): a keyword no parameter has
def f(a, b=1):
    pass

f(1, c=2)
