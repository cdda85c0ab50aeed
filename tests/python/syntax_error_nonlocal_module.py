# Chapter 2 (the runner): a syntax error: nonlocal at module level
# nonlocal is outside minipy's subset.
print("never printed")
nonlocal x
