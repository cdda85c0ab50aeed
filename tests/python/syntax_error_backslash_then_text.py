# Chapter 2 (the runner): a syntax error: text after a line-continuation backslash
# A backslash continues a line only when the newline follows it at once.
print("never printed")
x = 1 + \ 2
