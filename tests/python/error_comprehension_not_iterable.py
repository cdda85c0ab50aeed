# Chapter 2 (the runner): comprehension not iterable
# The error CPython 3.11 raises here, with its message.
print([x for x in 5])
