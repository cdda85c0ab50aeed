# Chapter 2 (the runner): a syntax error: an unclosed base-class list
# Base classes are outside minipy's subset.
print("never printed")


class C(object:
    pass
