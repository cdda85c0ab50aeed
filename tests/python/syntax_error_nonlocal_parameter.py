# Chapter 2 (the runner): a syntax error: a parameter declared nonlocal
print("never printed")

def outer():
    x = 1
    def inner(x):
        nonlocal x
