# Chapter 2 (the runner): a syntax error: / with no right operand
# / is outside minipy's subset (its ints have no true division).
print("never printed")
x = 7 /
