# Chapter 2 (the runner): a TypeError from dict with two arguments
# dict takes at most one positional argument.
print(dict({1: 2}))
dict({}, {})
