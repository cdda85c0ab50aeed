# Chapter 2 (the runner): a syntax error: assignment to a function call
# A call's result is a value, not a place to store one.
print("never printed")
len([]) = 1
