# Chapter 2 (the runner): fstring name error
# The error CPython 3.11 raises here, with its message.
print(f"value: {missing}")
