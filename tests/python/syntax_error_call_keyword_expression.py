# Chapter 2 (the runner): a syntax error: a keyword that is not a name
print("never printed")
print(1 + 1=2)
