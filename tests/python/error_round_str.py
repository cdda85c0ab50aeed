# Chapter 2 (the runner): round str
# The error CPython 3.11 raises here, with its message.
print(round("a"))
