# Chapter 2 (the runner): a syntax error: a conditional expression with no else
# Conditional expressions are outside minipy's subset.
print("never printed")
x = 1 if True
