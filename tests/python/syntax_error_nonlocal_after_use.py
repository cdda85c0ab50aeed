# Chapter 2 (the runner): a syntax error: nonlocal after the name is used
print("never printed")

def outer():
    x = 1
    def inner():
        print(x)
        nonlocal x
