# Chapter 2 (the runner): slice dict key
# The error CPython 3.11 raises for a bad slice, with its message.
d = {}
d[1:2] = 3
