# Chapter 2 (the runner): a syntax error: del of a literal
# del takes names, attributes and items.
print("never printed")
del 1
