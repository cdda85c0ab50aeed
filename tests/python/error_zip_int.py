# Chapter 2 (the runner): zip int
# The error CPython 3.11 raises here, with its message.
print(zip([1], 2))
