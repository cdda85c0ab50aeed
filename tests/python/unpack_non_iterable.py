# Chapter 2 (the runner): only an iterable unpacks
# An int, None or a function is a TypeError naming its type; a nested
# target that meets one fails after the outer targets before it are stored.
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    a, *b = None
except TypeError as e:
    print(e)
a = "unchanged"
try:
    a, (b, c) = 1, 2
except TypeError as e:
    print(e, a)
def f():
    pass
x, y = f
