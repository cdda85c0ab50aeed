# Chapter 2 (the runner): a ValueError from list.index of an item not in the list
# The message is the repr of the item.
l = [1, "a", None]
print(l.index(None), l.index("a"))
l.index("b")
