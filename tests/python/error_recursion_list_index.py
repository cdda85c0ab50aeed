# Chapter 2 (the runner): a RecursionError from list.index comparing deeply nested lists
# index compares each item with ==, which recurses into nested lists.
a = []
b = []
for i in range(2000):
    a = [a]
    b = [b]
print([[[]]].index([[]]))
[a].index(b)
