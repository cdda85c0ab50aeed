# Chapter 4 (the runner): a WeakSet holds its members weakly: a member that
# dies leaves the set, as the observers of the observer pattern should
import gc
import sys
import weakref

class Observer:
    def __init__(self, name):
        self.name = name
    def notify(self, event):
        print(self.name, "got", event)

observers = weakref.WeakSet()
a = Observer("a")
b = Observer("b")
before = sys.getrefcount(a)
observers.add(a)
observers.add(b)
observers.add(a)
print("references added:", sys.getrefcount(a) - before)
print(len(observers), a in observers, 1 in observers, bool(observers))
names = []
for o in observers:
    names.append(o.name)
print(sorted(names))
del o  # the loop's variable holds the last member; which one it is depends on order
del b
print(len(observers))
for o in observers:
    o.notify("saved")
observers.discard(a)
observers.discard(a)
print(len(observers), bool(observers), repr(weakref.WeakSet()))
s = weakref.WeakSet([a])
print(len(s), type(s).__name__)
cycle = Observer("cycle")
cycle.me = cycle
s.add(cycle)
del cycle
print(len(s))
gc.collect()
print(len(s))
s.remove(a)
print(len(s))
s.add(1)
