# Chapter 2 (the runner): a syntax error: leading zeros in a decimal literal
# 007 is not an octal literal in Python 3 (0o7 is).
print("never printed")
x = 007
