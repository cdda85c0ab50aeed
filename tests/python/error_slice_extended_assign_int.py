# Chapter 2 (the runner): slice extended assign int
# The error CPython 3.11 raises for a bad slice, with its message.
a = [1, 2, 3]
a[::2] = 5
