# Chapter 2 (the runner): percent needs mapping
# The error CPython 3.11 raises here, with its message.
print("%(a)s" % 1)
