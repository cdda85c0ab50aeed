# Chapter 2 (the runner): a syntax error: a def parameter with an incomplete default
# Default values are outside minipy's subset; this one has no value.
print("never printed")


def f(a, b=):
    pass
