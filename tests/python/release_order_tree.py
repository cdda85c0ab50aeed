# Chapter 5 (finalizers), shown in chapter 1: a tree of instances freed by reference
# counting runs their __del__ depth first.  Node 1's finalizer runs first, then its
# attributes go in order: left, whose death takes its own left (4) with it, then right (3).
# CPython 3.11 and ours both free by nested calls, bounded by the trashcan (dealloc.c).
order = []

class Node:
    def __init__(self, name, left, right):
        self.name = name
        self.left = left
        self.right = right

    def __del__(self):
        order.append(self.name)

tree = Node(1, Node(2, Node(4, None, None), None), Node(3, None, None))
del tree
print(order)
