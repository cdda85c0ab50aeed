# Chapter 4 (weak references): a tree whose children point at their parent.  With a strong
# parent pointer every child makes a cycle with its parent, and only the collector frees
# the tree; with a weak one there is no cycle, and reference counting frees it all.
import gc
import weakref

class StrongNode:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

class WeakNode:
    def __init__(self, parent):
        self.parent = None
        self.children = []
        if parent is not None:
            self.parent = weakref.ref(parent)
            parent.children.append(self)

def build(kind, depth, parent):
    node = kind(parent)
    if depth > 0:
        build(kind, depth - 1, node)
        build(kind, depth - 1, node)
    return node

gc.disable()
root = build(StrongNode, 4, None)
del root
print("strong parent pointers: gc.collect() found", gc.collect())

root = build(WeakNode, 4, None)
leaf = root.children[0].children[1].children[0].children[1]
print("a leaf's parent's parent is reached:", leaf.parent().parent() is root.children[0].children[1])
watch = weakref.ref(root)
del root
print("the root went at once:", watch() is None, "and the leaf's grandparent chain:", leaf.parent() is None)
del leaf
print("weak parent pointers: gc.collect() found", gc.collect())
