# Chapter 2 (the runner): str format single close
# The error CPython 3.11 raises here, with its message.
print("a}".format())
