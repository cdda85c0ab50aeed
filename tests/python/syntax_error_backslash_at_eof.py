# Chapter 2 (the runner): a syntax error: a continuation backslash at the end of the file
# The file ends just after the backslash, with no newline.
print("never printed")
x = 1 + \