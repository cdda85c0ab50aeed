# Chapter 2 (the runner): a TypeError from a wrong number of arguments
# A two-parameter function called with three arguments.
def add(a, b):
    return a + b

print(add(1, 2))
add(1, 2, 3)
