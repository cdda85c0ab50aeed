# Chapter 2 (the runner): set changed during iteration
# The error CPython 3.11 raises here, with its message.
s = {1, 2, 3}
for x in s:
    s.add(x + 10)
