# Chapter 2 (the runner): a RecursionError from ordering nested lists of different lengths
# At each level the first items differ at once (their lengths differ), so <
# recurses into them, 2000 levels deep.
a = [0]
b = [0]
for i in range(2000):
    a = [a]
    b = [b, 0]
print([[0]] < [[0], 0])
print(a < b)
