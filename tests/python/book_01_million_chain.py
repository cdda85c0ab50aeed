# Chapter 1 (reference counting): a chain of a million Nodes freed at once
# The book's block at chapters/01-reference-counting.md:349 (class Node with
# __init__(self, next)), unchanged: freeing must not recurse a million deep.
class Node:
    def __init__(self, next):
        self.next = next

head = None
for _ in range(1_000_000):
    head = Node(head)
del head
print("a chain of a million Nodes, freed")
