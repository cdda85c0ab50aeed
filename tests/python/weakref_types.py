# Chapter 4 (weak references): what can be weakly referenced, as in CPython 3.11:
# instances, classes, functions, bound methods, modules, built-in functions, the built-in
# types and weak dictionaries; and the weakref module's types and reprs (addresses left out).
import gc
import sys
import weakref

class Node:
    def method(self):
        pass

def function():
    pass

node = Node()
bound = node.method
for obj in [node, Node, function, bound, sys, weakref, len, gc.collect, int, list, type,
            weakref.ref, weakref.WeakValueDictionary(), weakref.WeakKeyDictionary()]:
    r = weakref.ref(obj)
    print(type(obj), r() is obj, weakref.getweakrefs(obj)[0] is r, repr(r).startswith("<weakref at "))
print(type(weakref.ref(node)), weakref.ReferenceType is weakref.ref, weakref.ref)
print(weakref.WeakValueDictionary, weakref.WeakKeyDictionary, type(weakref.WeakKeyDictionary()))
print(weakref.getweakrefcount, weakref.getweakrefs)
dead = weakref.ref(Node())
print(repr(dead).startswith("<weakref at "), repr(dead).endswith("; dead>"), dead())
print(repr(weakref.WeakValueDictionary()).startswith("<WeakValueDictionary at "))
print(repr(weakref.WeakKeyDictionary()).startswith("<WeakKeyDictionary at "))
print(str(weakref.ref(function)).endswith(" (function)>"), str(weakref.ref(len)).endswith(" (len)>"))
print(str(weakref.ref(Node)).endswith(" (Node)>"), str(weakref.ref(int)).endswith(" (int)>"))
print(str(weakref.ref(node)).endswith(">"), " (" in str(weakref.ref(node)), " (" in str(weakref.ref(sys)))
print(isinstance(dead, weakref.ref), weakref.ref(weakref.ref) is weakref.ref(weakref.ref))
values = weakref.WeakValueDictionary()
values["n"] = node
print(type(weakref.getweakrefs(node)[0]), weakref.getweakrefs(node)[0]() is node)
