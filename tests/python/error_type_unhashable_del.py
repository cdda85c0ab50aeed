# Chapter 2 (the runner): a TypeError from deleting a list key from a dict
# del d[key] checks that the key is hashable first.
d = {1: 2}
del d[1]
print(d)
del d[[1]]
