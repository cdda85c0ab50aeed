# Chapter 3 (generations): a chain of a million Nodes freed at once
# The book's block at chapters/01-reference-counting.md:349 (class Node with
# __init__(self, next)), unchanged: freeing must not recurse a million deep.
# Labelled chapter 3: with one generation (chapter 2) every automatic
# collection walks the whole chain, so building it is quadratic (80 s);
# chapter 3's generations make it linear.
class Node:
    def __init__(self, next):
        self.next = next

head = None
for _ in range(1_000_000):
    head = Node(head)
del head
print("a chain of a million Nodes, freed")
