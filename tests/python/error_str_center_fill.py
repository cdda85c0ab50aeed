# Chapter 2 (the runner): str center fill
# The error CPython 3.11 raises here, with its message.
print("a".center(5, "ab"))
