# Chapter 2 (the runner): a syntax error: a name used before its global statement
# Found before anything runs: nothing is printed.
print("never printed")


def f():
    print(x)
    global x
