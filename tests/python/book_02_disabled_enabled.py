# Chapter 3 (generations): ten thousand cycles with the collector off, then on
# The book's block at chapters/02-cycles.md:38 (`import gc`, class Node,
# create_cycle); nodes_alive's generator expression is written as a loop.
# The last count includes the young survivors that wait in generation 1, so
# it needs chapter 3's generations, and even then it is CPython 3.11's 382
# less 2 (book_02_disabled_enabled.expected). A full collection empties
# CPython's free lists of tuples, lists and dicts (clear_freelists in
# gc_collect_main); until they fill again, a container the interpreter makes
# for itself is counted when made and not when freed, since it goes back to
# a free list. After gc.collect(), CPython's count runs two ahead of ours, so
# every automatic collection of the second loop comes two allocations sooner
# and leaves two more young Nodes. Our runtime has no free lists.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

def create_cycle():
    node1 = Node(1)
    node2 = Node(2)
    node1.next = node2
    node2.next = node1

def nodes_alive():
    n = 0
    for o in gc.get_objects():
        n += isinstance(o, Node)
    return n

gc.disable()
for _ in range(10_000):
    create_cycle()
print("collector disabled:", nodes_alive(), "Nodes alive")
print("gc.collect() returns", gc.collect())
gc.enable()
for _ in range(10_000):
    create_cycle()
print("collector enabled:", nodes_alive(), "Nodes alive")
