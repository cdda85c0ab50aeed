# Chapter 2 (the runner): shift negative
# The error CPython 3.11 raises here, with its message.
print(1 << -1)
