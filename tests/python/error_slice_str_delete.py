# Chapter 2 (the runner): slice str delete
# The error CPython 3.11 raises for a bad slice, with its message.
s = "abc"
del s[1:]
