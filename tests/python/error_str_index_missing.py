# Chapter 2 (the runner): str index missing
# The error CPython 3.11 raises here, with its message.
print("abc".index("z"))
