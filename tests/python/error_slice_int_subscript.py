# Chapter 2 (the runner): slice int subscript
# The error CPython 3.11 raises for a bad slice, with its message.
x = 5
print(x[1:2])
