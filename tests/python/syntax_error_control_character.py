# Chapter 2 (the runner): a syntax error: a control character in the source
# A byte 0x01 outside a string is no token.
print("never printed")
x = 1  2
