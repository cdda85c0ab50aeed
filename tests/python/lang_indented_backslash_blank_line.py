# Chapter 2 (the runner): an indented backslash line followed by a blank line
# CPython joins the line holding only spaces and a backslash to the blank
# line after it, and the whole is a blank line: no indent is produced.
x = 1
    \

print(x)
