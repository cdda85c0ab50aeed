# Chapter 2 (the runner): a TypeError from a bad __repr__ inside a dict view
# The keys print; the values' repr stops at the bad __repr__.
class Bad:
    def __repr__(self):
        return [1]


d = {"a": Bad()}
print(d.keys())
print(d.values())
