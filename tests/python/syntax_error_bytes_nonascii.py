# Chapter 2 (the runner): a syntax error: a bytes literal with a non-ASCII character
# bytes are outside minipy's subset.
print("never printed")
x = b"é"
