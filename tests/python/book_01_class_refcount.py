# Chapter 1 (reference counting): every instance holds a reference to its class
# The book's block at chapters/01-reference-counting.md:125 (`import sys`,
# class Node: pass); the list comprehension is written as a loop.
import sys

class Node:
    pass

before = sys.getrefcount(Node)
nodes = []
for _ in range(10):
    nodes.append(Node())
print(sys.getrefcount(Node) - before)
del nodes
print(sys.getrefcount(Node) - before)
