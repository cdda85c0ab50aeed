# Chapter 2 (the runner): set union list operator
# The error CPython 3.11 raises here, with its message.
print({1} | [2])
