# Chapter 2 (the runner): a syntax error: try without except or finally
# try is outside minipy's subset.
print("never printed")
try:
    pass
print("after")
