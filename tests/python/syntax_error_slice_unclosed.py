# Chapter 2 (the runner): a syntax error: an unclosed slice
# Slices are outside minipy's subset.
print("never printed")
l = [1, 2]
x = l[0:1
