# Chapter 4 (the runner): weakref.proxy stands for an object without keeping
# it alive; once the object is gone, using the proxy raises ReferenceError
import sys
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def hello(self, greeting="hello"):
        return greeting + " from " + self.name
    def __str__(self):
        return "Node " + self.name

n = Node("a")
before = sys.getrefcount(n)
p = weakref.proxy(n)
print("references added:", sys.getrefcount(n) - before)
print(p.name, p.hello(), p.hello(greeting="hi"), str(p))
p.extra = 1
print(n.extra)
del p.extra
print(hasattr(n, "extra"), weakref.getweakrefcount(n))
print(type(p).__name__, callable(p))
q = weakref.proxy(n.hello.__func__)
print(type(q).__name__, callable(q), q(n))
del n
print(p.name)
