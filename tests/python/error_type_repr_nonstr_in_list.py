# Chapter 2 (the runner): a TypeError from a bad __repr__ of a list item
# The list's repr stops at the item whose __repr__ returns no str.
class Bad:
    def __repr__(self):
        return 5


print([1])
print([1, Bad()])
