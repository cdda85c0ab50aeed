# Chapter 2 (the runner): str format index range
# The error CPython 3.11 raises here, with its message.
print("{} {}".format(1))
