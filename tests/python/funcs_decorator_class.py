# Chapter 2 (the runner): a class decorator, and a decorator that is a class
def tagged(cls):
    cls.tag = "tagged " + cls.__name__
    return cls

@tagged
class Plain:
    pass

print(Plain.tag)

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def run(self, *args):
        self.calls += 1
        return self.fn(*args)

def counted(fn):
    return CountCalls(fn)

@counted
def square(x):
    return x * x

print(square.run(3), square.run(4), square.calls)
