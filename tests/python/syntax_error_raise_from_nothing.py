# Chapter 2 (the runner): a syntax error: raise ... from with nothing after from
# raise is outside minipy's subset.
print("never printed")
raise ValueError from
