# Chapter 2 (the runner): a TypeError from an unhashable key
# A list cannot be a dict key.
d = {}
d["ok"] = 1
print(d)
d[[1, 2]] = 3
