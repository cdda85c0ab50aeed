# Chapter 2 (the runner): set comprehension unhashable
# The error CPython 3.11 raises here, with its message.
print({[x] for x in range(2)})
