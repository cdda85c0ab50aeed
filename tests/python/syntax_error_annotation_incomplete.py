# Chapter 2 (the runner): a syntax error: a return annotation with no type
# Annotations are outside minipy's subset; this one has no type.
print("never printed")


def f() -> :
    pass
