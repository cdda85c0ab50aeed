# Chapter 2 (the runner): enumerate none
# The error CPython 3.11 raises here, with its message.
print(enumerate())
