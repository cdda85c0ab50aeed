# Chapter 4 (weak references): the callback-free weak reference is shared,
# every weak reference is tracked, and getweakrefs lists the callback-free
# one first, then the others newest first.
import gc
import weakref

class Node:
    pass

def ignore(wr):
    pass

node = Node()
plain = weakref.ref(node)
print("shared:", weakref.ref(node) is plain)
first = weakref.ref(node, ignore)
second = weakref.ref(node, ignore)
print("count:", weakref.getweakrefcount(node))
order = []
for wr in weakref.getweakrefs(node):
    if wr is plain:
        order.append("plain")
    elif wr is first:
        order.append("first")
    elif wr is second:
        order.append("second")
print("order:", order)
print("tracked:", gc.is_tracked(plain), gc.is_tracked(first))
