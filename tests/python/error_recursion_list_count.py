# Chapter 2 (the runner): a RecursionError from list.count comparing deeply nested lists
# count compares each item with ==, which recurses into nested lists.
a = []
b = []
for i in range(2000):
    a = [a]
    b = [b]
print([[[]]].count([[]]))
[a].count(b)
