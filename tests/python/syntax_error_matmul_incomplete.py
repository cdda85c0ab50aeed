# Chapter 2 (the runner): a syntax error: @ with no right operand
# @ is outside minipy's subset; here it has no right operand either.
print("never printed")
x = 7 @
