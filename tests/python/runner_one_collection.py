# Chapter 2 (the runner): one collection, phase by phase
# A function makes two instances that refer to each other and returns; one
# gc.collect() finds the pair. Run with --trace-gc to watch each phase, or
# --dot DIR to draw the heap as the collection splits it.
import gc

gc.disable()

class Node:
    pass

def make_pair():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a

kept = Node()
make_pair()
print("collected:", gc.collect())
print("kept is still a", type(kept).__name__)
