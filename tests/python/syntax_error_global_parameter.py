# Chapter 2 (the runner): a syntax error: a parameter declared global
# Found before anything runs: nothing is printed.
print("never printed")


def f(x):
    global x
