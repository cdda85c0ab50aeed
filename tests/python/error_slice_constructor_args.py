# Chapter 2 (the runner): slice constructor args
# The error CPython 3.11 raises for a bad slice, with its message.
print(slice())
