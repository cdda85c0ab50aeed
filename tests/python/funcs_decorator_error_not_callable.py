# Chapter 2 (the runner): a decorator that is not callable
print("before")

@42
def f():
    pass
