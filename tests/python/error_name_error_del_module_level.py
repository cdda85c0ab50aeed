# Chapter 2 (the runner): a NameError from del of an unknown name at module level
# At module level del removes an entry of the module's dict.
a = 1
del a
print("a deleted")
del b
