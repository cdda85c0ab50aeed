# Chapter 2 (the runner): a TypeError from a tuple that holds a list
# A tuple is hashable only if its items are; one holding a list cannot be a
# dict key.
d = {}
d[(1, 2)] = "ok"
print(len(d))
d[(1, [2])] = "not ok"
