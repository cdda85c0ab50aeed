# Chapter 2 (the runner): del of a tuple or list of targets
# Each target is deleted left to right, nested ones too; the first that
# fails stops the rest.
a, b, c, d = 1, 2, 3, 4
items = [10, 20, 30]
del (a, [b]), items[0], c
print(items, d)
try:
    print(a)
except NameError as e:
    print(e)
try:
    del [d, a, items]
except NameError as e:
    print(e)
print(items)
