# Chapter 2 (the runner): dict comprehension unhashable
# The error CPython 3.11 raises here, with its message.
print({[x]: x for x in range(2)})
