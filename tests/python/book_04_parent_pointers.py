# Chapter 4 (weak references): a tree with strong parent pointers is a
# tangle of cycles, left for the collector; with weak parent pointers,
# reference counting frees it all when the root goes.
import gc
import weakref

class Node:
    def __init__(self, parent):
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)

class WeakParentNode:
    def __init__(self, parent):
        self.children = []
        self.parent = None
        if parent is not None:
            self.parent = weakref.ref(parent)
            parent.children.append(self)

def build(kind):
    root = kind(None)
    for i in range(3):
        child = kind(root)
        for j in range(3):
            kind(child)

gc.collect()
gc.disable()
build(Node)
print("strong parent pointers: gc.collect() returns", gc.collect())
build(WeakParentNode)
print("weak parent pointers:   gc.collect() returns", gc.collect())
gc.enable()
