# Chapter 2 (the runner): reversed set
# The error CPython 3.11 raises here, with its message.
print(reversed({1}))
