# Chapter 2 (the runner): a syntax error: a positional argument after a keyword one
print("never printed")
print(sep="", 1)
