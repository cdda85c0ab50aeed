# Chapter 2 (the runner): set unhashable list
# The error CPython 3.11 raises here, with its message.
s = {[1, 2]}
