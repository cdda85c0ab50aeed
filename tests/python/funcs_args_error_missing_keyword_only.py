# Chapter 2 (the runner): a missing keyword-only argument
def f(a, *, key, other):
    pass

f(1, other=2)
