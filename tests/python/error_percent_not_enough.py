# Chapter 2 (the runner): percent not enough
# The error CPython 3.11 raises here, with its message.
print("%s %s" % (1,))
