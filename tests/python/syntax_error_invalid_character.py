# Chapter 2 (the runner): a syntax error: a $ in the source
# $ is no token of Python.
print("never printed")
x = $1
