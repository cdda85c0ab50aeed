# Chapter 2 (the runner): a syntax error: a keyword used as a parameter name
# for is a keyword: it cannot name a parameter.
print("never printed")


def f(for):
    pass
