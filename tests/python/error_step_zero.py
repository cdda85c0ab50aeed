# Chapter 2 (the runner): step zero
# The error CPython 3.11 raises for a bad slice, with its message.
print([1, 2, 3][::0])
