# Chapter 2 (the runner): slice constructor many
# The error CPython 3.11 raises for a bad slice, with its message.
print(slice(1, 2, 3, 4))
