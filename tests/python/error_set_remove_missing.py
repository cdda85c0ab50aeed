# Chapter 2 (the runner): set remove missing
# The error CPython 3.11 raises here, with its message.
s = {1, 2}
s.remove(3)
