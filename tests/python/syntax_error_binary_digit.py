# Chapter 2 (the runner): a syntax error: a digit that is not binary after 0b
# A 0b literal holds only 0s and 1s.
print("never printed")
x = 0b102
