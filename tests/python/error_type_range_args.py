# Chapter 2 (the runner): a TypeError from range with four arguments
# CPython's message: range expected at most 3 arguments, got 4.
print(list(range(1, 10, 4)))
range(1, 10, 4, 5)
