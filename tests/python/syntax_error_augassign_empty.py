# Chapter 2 (the runner): a syntax error: x += with nothing after it
# The expression is incomplete at the end of the line.
print("never printed")
x = 1
x +=
