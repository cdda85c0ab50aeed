# Chapter 2 (the runner): str replace int
# The error CPython 3.11 raises here, with its message.
print("a".replace(1, "b"))
