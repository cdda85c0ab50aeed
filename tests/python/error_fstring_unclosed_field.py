# Chapter 2 (the runner): fstring unclosed field
# The error CPython 3.11 raises here, with its message.
print(f"{1")
