# Chapter 2 (the runner): a 300,000-link chain freed by reference counting
# Dropping the head of a long chain of instances frees every link without
# the collector and without overflowing the C stack.
import gc

gc.disable()

class Link:
    def __init__(self, next):
        self.next = next

head = None
for i in range(300000):
    head = Link(head)
n = 0
node = head
while node is not None:
    n += 1
    node = node.next
print("links:", n)
del head
print("chain freed")
print("collect:", gc.collect())
head = None
for i in range(300000):
    head = Link(head)
head = None
print("chain freed again by rebinding")
