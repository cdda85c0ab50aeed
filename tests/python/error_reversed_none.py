# Chapter 2 (the runner): reversed none
# The error CPython 3.11 raises here, with its message.
print(reversed())
