# Chapter 2 (the runner): a syntax error: a keyword argument with no value
# Keyword arguments are outside minipy's subset.
print("never printed")
print(sep=)
