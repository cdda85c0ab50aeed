# Chapter 2 (the runner): a syntax error: an unclosed bracket
# A list display never closed before the end of the file.
print("never printed")
items = [1, 2,
print(items)
