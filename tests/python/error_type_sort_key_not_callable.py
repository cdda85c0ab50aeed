# Chapter 2 (the runner): a key that is not callable
# (CPython 3.11: TypeError: 'int' object is not callable).
print(sorted([], key=1))
sorted([1], key=1)
