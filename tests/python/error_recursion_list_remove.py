# Chapter 2 (the runner): a RecursionError from list.remove comparing deeply nested lists
# remove compares with ==, which recurses into nested lists.
a = []
b = []
for i in range(2000):
    a = [a]
    b = [b]
items = [[[]]]
items.remove([[]])
print(items)
[a].remove(b)
