# Chapter 2 (the runner): a syntax error: del of a function call
# del takes names, attributes and items.
print("never printed")
del print(1)
