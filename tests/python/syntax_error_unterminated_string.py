# Chapter 2 (the runner): a syntax error: an unterminated string
# A string literal that runs to the end of the line; nothing is printed.
print("never printed")
s = "abc
print(s)
