# Chapter 2 (the runner): comprehension name error
# The error CPython 3.11 raises here, with its message.
print([y for x in range(2)])
