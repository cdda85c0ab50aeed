# Chapter 2 (the runner): popitem empty
# The error CPython 3.11 raises here, with its message.
print({}.popitem())
