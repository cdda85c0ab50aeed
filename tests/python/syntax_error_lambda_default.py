# Chapter 2 (the runner): a syntax error: a lambda parameter with an incomplete default
# Default values are outside minipy's subset; this one is wrong in Python too.
print("never printed")
f = lambda x=: x
