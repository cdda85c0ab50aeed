# Chapter 5 (finalizers): list.clear() empties the list first, then releases its items
# last to first, as CPython 3.11's list.clear (_list_clear) does; so does the release of
# a whole list.  A finalizer that looks at the cleared list finds it empty.
order = []

class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append((self.name, len(items)))

items = [Item(1), Item(2), Item(3)]
items.clear()
print("list.clear():", order)
order = []
held = [Item(4), Item(5), Item(6)]
del held
print("the list's release:", order)
