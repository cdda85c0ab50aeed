# Chapter 4: WeakSet's set operators and methods, over any iterable, each
# a new WeakSet; members that die leave every set they are in.
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


a, b, c, d = Item("a"), Item("b"), Item("c"), Item("d")
s1 = weakref.WeakSet([a, b, c])
s2 = weakref.WeakSet([b, c, d])


def names(s):
    return sorted([x.name for x in s])


print(names(s1 | s2), names(s1 & s2), names(s1 - s2), names(s1 ^ s2))
print(names(s1.union([d])), names(s1.intersection([a, d])), names(s1.difference([a])),
      names(s1.symmetric_difference([a, d])), names(s1.copy()))
print(type(s1 | s2).__name__, len(s1 & [b]))
u = s1 | s2
del b
print(names(u), len(s1), len(s2))
try:
    s1 | [1]
except TypeError as e:
    print(e)
try:
    s1 | 5
except TypeError as e:
    print(e)
