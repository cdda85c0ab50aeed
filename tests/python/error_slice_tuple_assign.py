# Chapter 2 (the runner): slice tuple assign
# The error CPython 3.11 raises for a bad slice, with its message.
t = (1, 2, 3)
t[1:] = [5]
