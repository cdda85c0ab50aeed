# Chapter 2 (the runner): a syntax error: a \x escape with one hex digit
# \x takes exactly two hex digits.
print("never printed")
x = "\x4"
