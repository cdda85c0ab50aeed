# Chapter 2 (the runner): a syntax error: a call left open at the end of the file
# The file ends inside an argument list.
print("never printed")
print(1, 2
