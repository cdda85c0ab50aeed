# Chapter 2 (the runner): a syntax error: ** with no right operand
# ** is outside minipy's subset.
print("never printed")
x = 2 **
