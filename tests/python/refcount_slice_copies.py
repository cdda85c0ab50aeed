# Chapter 2 (the runner): a slice copies references, not objects
# The new list holds the same items: each item's count grows by one per
# copy, and drops again when the copy goes.  Replacing a slice releases
# the items it held.
import sys

class Item:
    pass

item = Item()
items = [item, item, 1]
print(sys.getrefcount(item))
copy = items[:2]
print(sys.getrefcount(item), copy[0] is item)
del copy
print(sys.getrefcount(item))
items[0:2] = []
print(sys.getrefcount(item), items)
