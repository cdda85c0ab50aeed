# Chapter 2 (the runner): a syntax error: a name both global and nonlocal
print("never printed")

def outer():
    x = 1
    def inner():
        global x
        nonlocal x
