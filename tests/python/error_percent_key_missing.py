# Chapter 2 (the runner): percent key missing
# The error CPython 3.11 raises here, with its message.
print("%(a)s" % {})
