# Chapter 2 (the runner): a TypeError from looking for something in an int
# An int is no container: `in` needs an iterable on its right.
print(1 in [1], 1 in (1,), 1 in {1: 2})
print(1 in 5)
