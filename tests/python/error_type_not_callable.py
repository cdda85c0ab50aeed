# Chapter 2 (the runner): a TypeError from calling a non-callable
# An int is not callable.
n = 5
print(n)
n()
