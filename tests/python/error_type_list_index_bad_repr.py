# Chapter 2 (the runner): a TypeError from list.index of a missing item with a bad repr
# The ValueError's message needs the item's repr, which fails first.
class Bad:
    def __repr__(self):
        return 5


print([1].index(1))
[1].index(Bad())
