# Chapter 2 (the runner): a syntax error: with and no context manager
# with is outside minipy's subset.
print("never printed")
with:
    pass
