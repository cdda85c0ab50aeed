# Chapter 2 (the runner): str format keyword
# The error CPython 3.11 raises here, with its message.
print("{name}".format())
