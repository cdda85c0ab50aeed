# Chapter 2 (the runner): "takes 0 positional arguments but 1 was given"
def f():
    pass

f(1)
