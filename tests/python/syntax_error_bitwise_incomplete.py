# Chapter 2 (the runner): a syntax error: << with no right operand
# Bitwise operators are outside minipy's subset.
print("never printed")
x = 1 <<
