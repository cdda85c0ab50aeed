# Chapter 2 (the runner): a RecursionError from calling int at the recursion limit
# Calling a type counts toward the limit, as CPython's call of int does: the
# call of int() in the deepest frame is the one that fails.
def down(n):
    zero = int()
    return down(n + zero + 1)


print(int())
down(0)
