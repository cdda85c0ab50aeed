# Chapter 2 (the runner): a syntax error: two underscores in a row in a number
# An underscore in a number goes between two digits.
print("never printed")
x = 1__0
