# Chapter 4 (weak references): adding to a weak dictionary while walking it
# fails as the dict beneath does, in python3 3.11 too.
import weakref

class Thing:
    pass

things = [Thing(), Thing(), Thing()]
d = weakref.WeakValueDictionary()
d[0] = things[0]
d[1] = things[1]
for k in d.keys():
    print("key", k)
    d[2] = things[2]
