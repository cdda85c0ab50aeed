# Chapter 2 (the runner): percent not all converted
# The error CPython 3.11 raises here, with its message.
print("%s" % (1, 2))
