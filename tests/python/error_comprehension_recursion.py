# Chapter 2 (the runner): runaway recursion through a comprehension
# Each comprehension is a frame of its own, so it counts toward the
# recursion limit with the function that runs it, as in CPython 3.11.
def grow(n):
    return [grow(n + 1) for x in [n]]


grow(0)
