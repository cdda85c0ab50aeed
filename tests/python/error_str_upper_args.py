# Chapter 2 (the runner): str upper args
# The error CPython 3.11 raises here, with its message.
print("a".upper(1))
