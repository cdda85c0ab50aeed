# Chapter 2 (the runner): a syntax error: an f-string with an empty expression
# f-strings are outside minipy's subset.
print("never printed")
x = f"{}"
