# Chapter 4 (weak references): len() of a WeakValueDictionary while a walk of
# it is in progress removes the entries whose values died during the walk
# (python3 3.11's _commit_removals), and the walk fails as the dict changed.
import weakref

class Thing:
    pass

things = [Thing(), Thing(), Thing()]
d = weakref.WeakValueDictionary()
for i in range(3):
    d[i] = things[i]
for k in d.keys():
    things.clear()
    print(k, len(d))
