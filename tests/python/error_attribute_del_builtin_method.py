# Chapter 2 (the runner): an AttributeError from deleting a list's method
# A built-in type's methods belong to the type: del of one through a list
# fails, with CPython's message that the attribute is read-only.
items = [1]
items.append(2)
print(items)
del items.append
