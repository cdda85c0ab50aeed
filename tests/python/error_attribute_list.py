# Chapter 2 (the runner): an AttributeError on a built-in object
# Lists have no method called push.
items = [1]
items.append(2)
print(items)
items.push(3)
