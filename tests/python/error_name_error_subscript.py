# Chapter 2 (the runner): a NameError in the object of a subscript
# obj[key]: the object is evaluated first.
d = {"a": 1}
print(d["a"])
print(missing["a"])
