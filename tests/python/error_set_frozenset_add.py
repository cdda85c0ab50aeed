# Chapter 2 (the runner): set frozenset add
# The error CPython 3.11 raises here, with its message.
f = frozenset([1])
f.add(2)
