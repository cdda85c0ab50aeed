# Chapter 2 (the runner): fstring conversion bad
# The error CPython 3.11 raises here, with its message.
print(f"{1!x}")
