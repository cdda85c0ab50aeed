# Chapter 2 (the runner): a NameError in the argument of a function call
# The callee is evaluated, then its arguments.
def f(x):
    return x


print(f(1))
f(missing)
