# Chapter 2 (the runner): a syntax error: the same keyword twice in a call
print("never printed")
print(end="", end="")
