# Chapter 2 (the runner): a syntax error: a number ending with an underscore
# An underscore in a number goes between two digits.
print("never printed")
x = 10_
