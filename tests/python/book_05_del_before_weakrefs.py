# Chapter 5 (finalizers): an object that dies by reference counting runs its
# __del__ first, with its attributes and its weak references still there;
# only then are the weak references cleared and their callbacks run.
import gc
import weakref

gc.disable()

class Node:
    def __del__(self):
        print("__del__: the data holds", len(self.data), "item; watch() is self:",
              watch() is self)

def callback(wr):
    print("callback of watch: watch() is", wr())

node = Node()
node.data = [Node]
watch = weakref.ref(node, callback)
del node
print("after del node")
