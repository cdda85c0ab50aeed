# Chapter 2 (the runner): decorators with arguments, and decorators that
# register a function and return it unchanged
registry = {}

def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

def repeat(times=2):
    def deco(fn):
        def wrapper(*args):
            results = []
            for i in range(times):
                results.append(fn(*args))
            return results
        return wrapper
    return deco

@register("double")
def double(x):
    return 2 * x

@repeat(times=3)
def ping():
    return "ping"

@repeat()
def pong(x):
    return x

print(registry["double"](21), registry["double"] is double)
print(ping(), pong(7))
