# Chapter 2 (the runner): fstring empty expression
# The error CPython 3.11 raises here, with its message.
print(f"{}")
