# Chapter 2 (the runner): a NameError in the object of a method call
# obj.method(args): the object is evaluated first.
items = []
items.append(1)
print(items)
missing.append(2)
