# Chapter 2 (the runner): invert str
# The error CPython 3.11 raises here, with its message.
print(~"a")
