# Chapter 2 (the runner): a ZeroDivisionError from //
# Integer floor division by zero.
print(7 // 2)
print(7 // 0)
