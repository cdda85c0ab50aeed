# Chapter 2 (the runner): a NameError after del
# A global deleted with del is no longer defined.
value = [1, 2]
print(value)
del value
print(value)
