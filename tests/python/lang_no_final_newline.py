# Chapter 2 (the runner): a program whose last line has no newline
# The lexer ends the last line itself at the end of the file.
if True:
    print("inside")
print("last line")