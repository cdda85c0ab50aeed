# Chapter 2 (the runner): a RecursionError from ordering deeply nested lists
# < first looks for the first items that differ, with ==.
a = [0]
b = [1]
for i in range(2000):
    a = [a]
    b = [b]
print([[0]] < [[1]])
print(a < b)
