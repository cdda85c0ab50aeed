# Chapter 2 (the runner): a backslash line continuation in a CRLF file
# The backslash is followed by \r\n, which ends the line as \n does: the
# two lines are one, in code and inside a string literal.
x = 1 + \
    2
s = "a\
b"
print(x, s)
