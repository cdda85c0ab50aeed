# Chapter 2 (the runner): a syntax error: a comma where an expression should start
# An expression cannot start with a comma.
print("never printed")
x = , 1
