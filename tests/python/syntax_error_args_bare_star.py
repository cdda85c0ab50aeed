# Chapter 2 (the runner): a syntax error: a bare * with no keyword-only parameter after it
print("never printed")

def f(a, *):
    pass
