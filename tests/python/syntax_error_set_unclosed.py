# Chapter 2 (the runner): a syntax error: an unclosed set display
# Sets are outside minipy's subset.
print("never printed")
x = {1, 2
