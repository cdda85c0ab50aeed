# Chapter 2 (the runner): a syntax error: a bare * parameter
# *args and **kwargs are outside minipy's subset; a lone * is wrong in Python
# too.
print("never printed")


def f(*):
    pass
