# Chapter 2 (the runner): a syntax error: a name assigned before its global statement
# Found before anything runs: nothing is printed.
print("never printed")


def f():
    x = 1
    global x
