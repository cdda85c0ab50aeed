# Chapter 2 (the runner): all int
# The error CPython 3.11 raises here, with its message.
print(all(5))
