# Chapter 2 (the runner): a syntax error: a number followed by letters
# A name cannot start right after a number's digits.
print("never printed")
x = 12abc
