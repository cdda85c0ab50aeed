# Chapter 5 (finalizers): the introduction's pair of Resources, each with a
# __del__ and each holding the other, with a Node held by a, beside a Node
# that holds itself, collected as CPython 3.3 did (minipy's
# --legacy-finalizers): the pair and the Node it holds are uncollectable and
# the pair ends in gc.garbage; then what a 3.3 program had to do, break the
# cycle by hand and empty gc.garbage.  python3 (3.11) has no such mode and
# collects them all; book_05_legacy.expected records ours.
# minipy options: --legacy-finalizers
import gc

class Node:
    pass

class Resource:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print("__del__ of", self.name)

def make_pair():
    a = Resource("a")
    b = Resource("b")
    a.partner = b
    b.partner = a
    a.held = Node()
    loop = Node()
    loop.self = loop

gc.disable()
make_pair()
print("gc.collect() returns", gc.collect())

def show_garbage():
    print("gc.garbage holds", len(gc.garbage), "objects")
    for resource in gc.garbage:
        print("in gc.garbage: Resource", resource.name)
    print("uncollectable so far:", gc.get_stats()[2]["uncollectable"])

def break_cycles():
    for resource in gc.garbage:
        resource.partner = None
    gc.garbage.clear()

show_garbage()
break_cycles()
print("after breaking the cycle and emptying gc.garbage")
