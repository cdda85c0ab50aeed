# Chapter 2 (the runner): a TypeError from len of an int
# An int has no length.
print(len("abc"), len(range(4)))
len(5)
