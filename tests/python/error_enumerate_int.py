# Chapter 2 (the runner): enumerate int
# The error CPython 3.11 raises here, with its message.
print(enumerate(5))
