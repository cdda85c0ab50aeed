# Chapter 2 (the runner): set add unhashable
# The error CPython 3.11 raises here, with its message.
s = set()
s.add({})
