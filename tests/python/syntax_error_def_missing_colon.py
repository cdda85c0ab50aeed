# Chapter 2 (the runner): a syntax error: def without its colon
# A function header with no colon; nothing is printed.
print("never printed")
def f(a)
    return a
