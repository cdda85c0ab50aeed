# Chapter 2 (the runner): a syntax error: the same parameter name twice
# Two parameters cannot share a name.
print("never printed")


def f(a, b, a):
    return a
