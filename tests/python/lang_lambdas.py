# Chapter 2 (the runner): lambda expressions
# A lambda is a function whose body is one expression: it has no name of
# its own, captures like a def, and can be stored, passed and called at once.
square = lambda x: x * x
print(square(7), (lambda: "no args")(), (lambda a, b: a - b)(10, 3))
print(square.__name__, square.__qualname__)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
pairs = [lambda: 1, lambda: 2]
print(pairs[0]() + pairs[1]())


def adder(n):
    return lambda x: x + n


print(adder(5)(1), adder("a")("b"))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, adder(1))(2))
print((lambda x: x and x[0] or "empty")([]), (lambda x: x and x[0] or "empty")(["first"]))
nested = lambda: lambda: lambda: "three deep"
print(nested()()())
r = repr(square)
print(r.startswith("<function <lambda> at 0x"), r.endswith(">"))


class WithLambda:
    method = lambda self, y: y * 2


print(WithLambda().method(21))
