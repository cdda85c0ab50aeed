# Chapter 2 (the runner): set too many args
# The error CPython 3.11 raises here, with its message.
print(set([1], [2]))
