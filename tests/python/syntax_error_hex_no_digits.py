# Chapter 2 (the runner): a syntax error: 0x with no digits
# A 0x literal needs at least one hex digit.
print("never printed")
x = 0x
