# Chapter 2 (the runner): a syntax error: a for loop with a tuple target and no iterable
# Tuple targets are outside minipy's subset; this loop has no iterable.
print("never printed")
for a, b in:
    pass
