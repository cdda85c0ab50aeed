# Chapter 2 (the runner): an AssertionError with a message
# The message expression is evaluated and shown.
x = 3
assert x > 0, "positive"
print("x is positive")
assert x > 5, "x is " + str(x)
