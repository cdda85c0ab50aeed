# Chapter 2 (the runner): closures over cells, in functions and class bodies
# A cell is shared by every function that captures it, sees later changes,
# and a class body reads the enclosing function's variables through it.
def make_counter():
    count = 0

    def increment():
        return count + 1

    def get():
        return count

    count = 10
    return (increment, get)


pair = make_counter()
inc = pair[0]
get = pair[1]
print(inc(), get())


def make_class(value):
    class Made:
        seen = value
        doubled = value * 2

        def method(self):
            return value

    return Made


M = make_class(21)
print(M.seen, M.doubled, M().method())


def three_levels(a):
    def middle(b):
        def inner(c):
            return a + b + c

        return inner

    return middle


print(three_levels(1)(10)(100))


def shadow():
    x = "outer"

    def inner():
        x = "inner"
        return x

    return inner() + " " + x


print(shadow())


def lambdas():
    base = 5
    add = lambda n: n + base
    twice = lambda f, n: f(f(n))
    base = 100
    return twice(add, 1)


print(lambdas())


def cells_of():
    a = 1
    b = [2]

    def uses():
        return (a, b)

    return uses


fn = cells_of()
print(len(fn.__closure__), fn.__closure__[0].cell_contents, fn.__closure__[1].cell_contents)
print(fn())


def class_in_class_body(v):
    class Outer:
        class Inner:
            got = v

    return Outer.Inner.got


print(class_in_class_body("deep"))


def param_cell(p):
    def read():
        return p

    p = p * 2
    return read()


print(param_cell(4))
