# Chapter 2 (the runner): slice index str
# The error CPython 3.11 raises for a bad slice, with its message.
print([1, 2, 3]["a":])
