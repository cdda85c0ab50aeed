# Chapter 7. objgraph on bad input and on a heap that changes under it: a
# predicate that raises, one that drops the last reference to objects the
# search has queued, a chain through a cycle, no root at all, max_depth 0,
# an empty table, a type name that is no str, the short names of built-in
# types (weakref.ReferenceType is ReferenceType), a chain of 2000 lists.
# python3: /usr/bin/python3
import objgraph
import weakref


class Node:
    pass


def fails(o):
    raise KeyError("no")


head = Node()
head.next = Node()
head.next.next = head  # a cycle
target = head.next
try:
    objgraph.find_backref_chain(target, fails)
except KeyError as e:
    print("predicate raised", e)

keep = [Node() for i in range(5)]
holder = [keep]


def drops(o):
    keep.clear()  # the objects queued lose their last other reference
    return o is holder


print([type(o).__name__ for o in objgraph.find_backref_chain(keep, drops)])
print([type(o).__name__ for o in objgraph.find_backref_chain(target, lambda o: o is head)])
alone = Node()
alone.me = alone
print(len(objgraph.find_backref_chain(alone, lambda o: o is head)))
print(len(objgraph.find_backref_chain(target, lambda o: o is head, max_depth=0)))
print(len(objgraph.find_backref_chain(head, lambda o: o is head, max_depth=0)))
print(len(objgraph.find_backref_chain(target, lambda o: o is head, 1)))

try:
    objgraph.show_most_common_types(objects=[])
except ValueError as e:
    print("ValueError:", e)
try:
    objgraph.by_type(5)
except TypeError as e:
    print("TypeError:", e)
print(objgraph.most_common_types(limit=-1, objects=[head, target, [], {}]))
print(objgraph.typestats(objects=[1, "a", None, head]))
print(objgraph.typestats(objects=[weakref.ref(head), len]))

root = []
link = root
for i in range(2000):
    link.append([])
    link = link[0]
print(len(objgraph.find_backref_chain(link, lambda o: o is root, max_depth=3000)))
