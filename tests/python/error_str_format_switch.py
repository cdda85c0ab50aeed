# Chapter 2 (the runner): str format switch
# The error CPython 3.11 raises here, with its message.
print("{} {0}".format(1))
