# Chapter 2 (the runner): a syntax error: a \u escape with two hex digits
# \u takes exactly four hex digits.
print("never printed")
x = "\u12"
