# Chapter 2 (the runner): cycles of instances
# Written after test_gc's test_instance: an instance holding itself, a
# two-instance cycle, and a ring of ten; CPython 3.11 counts each instance
# as 1 (its attributes are not a separate dict).
import gc

gc.disable()

class A:
    pass

gc.collect()
a = A()
a.a = a
del a
print("self:", gc.collect())

a = A()
b = A()
a.other = b
b.other = a
del a, b
print("pair:", gc.collect())

first = A()
node = first
for i in range(9):
    node.next = A()
    node.n = i
    node = node.next
node.next = first
del node
ring = first
count = 0
node = ring
while True:
    count += 1
    node = node.next
    if node is ring:
        break
print("ring length:", count)
del first, node, ring
print("ring:", gc.collect())
