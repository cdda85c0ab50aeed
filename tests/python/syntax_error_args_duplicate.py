# Chapter 2 (the runner): a syntax error: two parameters of the same name
print("never printed")

def f(a, b, a):
    pass
