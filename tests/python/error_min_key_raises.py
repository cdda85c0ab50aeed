# Chapter 2 (the runner): an exception in min()'s key propagates
# (CPython 3.11), after the key ran for the items before.
seen = []
def key(n):
    seen.append(n)
    return 10 // n
try:
    min([5, 2, 0, 1], key=key)
except ZeroDivisionError as e:
    print("caught:", e, seen)
max([1, "a"], key=lambda v: v)
