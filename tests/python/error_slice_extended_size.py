# Chapter 2 (the runner): slice extended size
# The error CPython 3.11 raises for a bad slice, with its message.
a = [1, 2, 3, 4]
a[::2] = [1, 2, 3]
