# Chapter 2 (the runner): fstring backslash
# The error CPython 3.11 raises here, with its message.
print(f"{'\\n'}")
