# Chapter 2 (the runner): fstring single brace
# The error CPython 3.11 raises here, with its message.
print(f"a } b")
