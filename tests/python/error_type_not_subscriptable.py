# Chapter 2 (the runner): a TypeError from subscripting an int
# An int is not subscriptable.
x = [10, 20]
print(x[1])
y = 5
print(y[0])
