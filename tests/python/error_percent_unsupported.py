# Chapter 2 (the runner): percent unsupported
# The error CPython 3.11 raises here, with its message.
print("%z" % 1)
