# Chapter 2 (the runner): a syntax error: *x after **y in a call
print("never printed")
print(**{}, *[])
