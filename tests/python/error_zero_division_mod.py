# Chapter 2 (the runner): a ZeroDivisionError from %
# Integer modulo by zero.
print(7 % 2)
zero = 0
print(7 % zero)
