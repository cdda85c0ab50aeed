# Chapter 1 (reference counting): which objects the collector tracks
# The book's block at chapters/01-reference-counting.md:185 (`import gc`,
# class Node: pass), unchanged.
import gc

class Node:
    pass

print(gc.is_tracked(12345), gc.is_tracked("text"))
print(gc.is_tracked([]), gc.is_tracked(Node()))
print(gc.is_tracked({"key": 1}), gc.is_tracked({"key": []}))
