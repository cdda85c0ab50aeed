# Chapter 2 (the runner): a syntax error: assignment to a comparison
# A comparison is no assignment target.
print("never printed")
x = 1
x < 2 = 3
