# Chapter 2 (the runner): a syntax error: a malformed exponent literal
# Floats are outside minipy's subset; 1e is no number in Python either.
print("never printed")
x = 1e
