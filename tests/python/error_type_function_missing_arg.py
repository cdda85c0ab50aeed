# Chapter 2 (the runner): a TypeError from a missing argument
# A two-parameter function called with one argument.
def add(a, b):
    return a + b

print(add(1, 2))
add(1)
