# Chapter 2 (the runner): set not subscriptable
# The error CPython 3.11 raises here, with its message.
s = {1, 2}
print(s[0])
