# Chapter 2 (the runner): a ValueError from min of an empty list
# min and max need at least one item.
print(min([3, 1]), max([3, 1]))
min([])
