# Chapter 2 (the runner): a syntax error: a parameter without a default after one with
print("never printed")

def f(a=1, b):
    pass
