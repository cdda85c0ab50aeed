# Chapter 2 (the runner): comprehension variable gone
# The error CPython 3.11 raises here, with its message.
[i for i in range(3)]
print(i)
