# Chapter 2 (the runner): a syntax error: a keyword used as a function name
# if is a keyword: it cannot name a function.
print("never printed")


def if():
    pass
