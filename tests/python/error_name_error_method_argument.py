# Chapter 2 (the runner): a NameError in the argument of a method call
# obj.method(args): the arguments are evaluated after the method is found.
items = []
items.append(1)
print(items)
items.append(missing)
