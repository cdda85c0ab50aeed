# Chapter 2 (the runner): closures and nonlocal, cells that outlive their
# function, and the late-binding trap of lambdas in a loop.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count
    return increment


c1, c2 = make_counter(), make_counter(10, 5)
print(c1(), c1(), c2(), c1(), c2())
print(c1.__closure__[0].cell_contents, len(c2.__closure__))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])


def outer():
    x = "outer"

    def inner():
        return x
    x = "changed"
    return inner


print(outer()())
total = 0


def add(n):
    global total
    total += n
    return total


print(add(3), add(4), total)
