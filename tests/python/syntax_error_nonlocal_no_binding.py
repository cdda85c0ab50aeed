# Chapter 2 (the runner): a syntax error: nonlocal with no enclosing binding
print("never printed")
x = 1

def f():
    nonlocal x
    x = 2
