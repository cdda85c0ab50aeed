# Chapter 2 (the runner): a TypeError from indexing a list with a str
# A list's index must be an int (or a slice, outside the subset).
l = [1, 2]
print(l[True])
print(l["0"])
