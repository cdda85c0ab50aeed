# Chapter 2 (the runner): a syntax error: ~ with no operand
# ~ is outside minipy's subset; here it has no operand either.
print("never printed")
x = ~
