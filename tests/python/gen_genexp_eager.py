# Chapter 5 (generator expressions): the first iterable is evaluated, and
# iterated, when the expression is; everything else only as items are
# asked for, in the expression's own scope.
def source(name, items):
    print("evaluating", name)
    return items

g = (x + y for x in source("first", [1, 2]) for y in source("second", [10]))
print("made")
print(next(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at once:", e)
factor = 10
late = (x * factor for x in range(3))
factor = 100
print(list(late))
x = "outer x"
print(list(x for x in "ab"), x)
def closure():
    base = [1, 2]
    return (b + n for b in base for n in range(2))
print(list(closure()))
