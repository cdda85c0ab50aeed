# Chapter 2 (the runner): a TypeError from indexing a range with a str
# A range's index must be an int.
r = range(3)
print(r[1])
print(r["1"])
