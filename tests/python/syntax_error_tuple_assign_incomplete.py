# Chapter 2 (the runner): a syntax error: a tuple assignment with no value
# Tuple assignment is outside minipy's subset; this one has no value.
print("never printed")
a, b =
