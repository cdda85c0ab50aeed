# Chapter 2 (the runner): format sign str
# The error CPython 3.11 raises here, with its message.
print(f"{'a':+}")
