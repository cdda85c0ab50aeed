# Chapter 2 (the runner): set pop empty
# The error CPython 3.11 raises here, with its message.
s = set()
s.pop()
