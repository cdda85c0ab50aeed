# Chapter 2 (the runner): fewer values than targets is a ValueError
# with how many were expected and how many came; a starred target needs at
# least the others.
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    [x, y] = ""
except ValueError as e:
    print(e)
def f():
    return (1,)
one, two, three = f()
