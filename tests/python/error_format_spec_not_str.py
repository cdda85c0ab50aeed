# Chapter 2 (the runner): format spec not str
# The error CPython 3.11 raises here, with its message.
print(format(5, 1))
