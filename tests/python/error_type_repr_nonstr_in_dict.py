# Chapter 2 (the runner): a TypeError from a bad __repr__ of a dict value
# The dict's repr stops at the value whose __repr__ returns None.
class Bad:
    def __repr__(self):
        return None


print({"a": 1})
print({"a": Bad()})
