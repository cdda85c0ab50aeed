# Chapter 2 (the runner): sort mixed
# The error CPython 3.11 raises here, with its message.
a = [1, "a"]
a.sort()
