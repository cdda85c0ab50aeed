# Chapter 2 (the runner): decorators as tutorials write them: a counter,
# a cache keyed by arguments, decorators with arguments, and what a
# decorated function's closure keeps alive.
def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(func):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


@counted
def greet(name, punctuation="!"):
    return f"hello {name}{punctuation}"


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@repeat(3)
def shout(word):
    return word.upper()


print(greet("ada"), greet("bob", punctuation="?"), greet.calls)
print(fib(60), len(fib.cache), (10,) in fib.cache)
print(shout("hey"))
print(greet.__name__, fib.__closure__[0].cell_contents is fib.cache if False else callable(fib))
