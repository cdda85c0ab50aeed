# Chapter 2 (the runner): a syntax error: assignment to a float literal
# Floats are outside minipy's subset; assigning to one is wrong in Python too.
print("never printed")
1.5 = x
