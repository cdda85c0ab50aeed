# Chapter 2 (the runner): a ValueError from list.remove
# remove of a value that is not in the list.
l = [1, 2]
l.remove(1)
print(l)
l.remove(5)
