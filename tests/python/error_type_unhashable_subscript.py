# Chapter 2 (the runner): a TypeError from looking up a list as a dict key
# Reading d[key] checks that the key is hashable first.
d = {(1,): "tuple key"}
print(d[(1,)])
print(d[[1]])
