# Chapter 2 (the runner): a comprehension's frame lets go of its items
# The comprehension runs as a function: once it returns, its loop variable
# is gone, so the only references left to the items are the result's.
import sys


class Item:
    pass


items = [Item() for _ in range(3)]
print(sys.getrefcount(items[0]))
names = [type(item).__name__ for item in items]
print(sys.getrefcount(items[0]), names)
same = [item for item in items]
print(sys.getrefcount(items[0]), same[0] is items[0])
del same
print(sys.getrefcount(items[0]))
