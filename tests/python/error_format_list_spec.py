# Chapter 2 (the runner): format list spec
# The error CPython 3.11 raises here, with its message.
print(f"{[1]:5}")
