# Chapter 2 (the runner): a syntax error: a ) with no (
# A closing bracket needs an open one.
print("never printed")
x = 1)
