# Chapter 2 (the runner): str split empty
# The error CPython 3.11 raises here, with its message.
print("a b".split(""))
