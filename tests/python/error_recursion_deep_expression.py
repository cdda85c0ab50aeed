# Chapter 2 (the runner): a RecursionError from recursion in a deeply nested expression
# Each frame evaluates 60 nested additions before the recursive call; the
# last line is CPython's plain recursion message.
def deep(n):
    return 1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (deep(n + 1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))


print(deep.__name__)
deep(0)
