# Chapter 2 (the runner): a syntax error: a parameter after **kwargs
print("never printed")

def f(**kwargs, a):
    pass
