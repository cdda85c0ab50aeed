# Chapter 2 (the runner): a syntax error: a \x escape with a digit that is not hex
# \x takes exactly two hex digits; g is not one.
print("never printed")
x = "\x4g"
