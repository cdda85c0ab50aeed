# Chapter 5 (finalizers): a cycle of three objects with __del__ is collected:
# every finalizer runs once, in the collector's order, before any is cleared,
# and gc.collect() counts all of the cycle.
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "next is", self.next.name)

gc.disable()
a = Node("a")
b = Node("b")
c = Node("c")
a.next = b
b.next = c
c.next = a
del a, b, c
print("collected", gc.collect())
print("again", gc.collect())
