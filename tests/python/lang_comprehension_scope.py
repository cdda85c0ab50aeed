# Chapter 2 (the runner): a comprehension has a scope of its own
# As in Python 3, the loop variable does not leak into the enclosing scope,
# a comprehension in a function sees the function's locals through a
# closure, and a lambda made inside captures the comprehension's variable.
x = "outer"
print([x for x in range(3)], x)


def scaled(values, factor):
    return [v * factor for v in values]


print(scaled([1, 2, 3], 10))
adders = [lambda y: y + n for n in range(3)]
print([f(100) for f in adders])


class Config:
    names = ["a", "b"]
    upper = [n + "!" for n in names]


print(Config.upper)


def outer():
    base = 5
    return [[base + i + j for j in range(2)] for i in range(2)]


print(outer())
