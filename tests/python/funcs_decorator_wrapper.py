# Chapter 2 (the runner): a decorator that wraps a function and forwards its
# arguments; stacked decorators apply from the innermost out
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print(fn.__name__, "returned", result)
        return result
    return wrapper

def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)) + "!"
    return wrapper

@trace
def add(a, b=1):
    return a + b

@shout
@trace
def hello(name):
    return "hello " + name

add(1)
add(2, b=3)
print(hello("world"))
print(add.__name__, add.__qualname__)
