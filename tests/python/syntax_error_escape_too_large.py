# Chapter 2 (the runner): a syntax error: a \U escape past the last code point
# The last code point is U+10FFFF.
print("never printed")
x = "\U00110000"
