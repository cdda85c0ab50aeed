# Chapter 2 (the runner): format precision int
# The error CPython 3.11 raises here, with its message.
print(f"{5:.2}")
