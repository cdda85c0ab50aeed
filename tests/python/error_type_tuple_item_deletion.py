# Chapter 2 (the runner): a TypeError from deleting an item of a tuple
# Tuples are immutable: no item can be deleted.
t = (1, 2)
print(len(t))
del t[0]
