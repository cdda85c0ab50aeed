import gc, sys
print("hello", 1 + 2, [1, 'a', None], {'k': [True, False]})
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
    def __repr__(self):
        return "Node(" + self.name + ")"
a = Node("a")
b = Node("b")
a.next = b
b.next = a
print(a, a.next, sys.getrefcount(a))
del a, b
print(gc.collect())
def f(x):
    print(sys.getrefcount(x))
l = []
f(l)
print(sys.getrefcount(l))
def make():
    z = []
    def k():
        return z
    return k
k = make()
print(k.__closure__ is not None, k())
for i in range(3):
    print(i, i * i // 2 % 5)
d = {"x": 1}
for key in d.items():
    print(key)
print(d.keys(), d.values(), len(d), "x" in d)
x = 5
x += 2
print(x, -x, not x, x > 3 > 1, x == 7 and "yes" or "no")
print(gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(l), gc.is_tracked(3))
lst = [1, 2, 3]
lst.append(4); lst.remove(2); lst.insert(0, 9); print(lst, lst.pop(), lst)
print(sorted([3, 1, 2]), max(3, 9, 2), min([4, 2]), sum(range(5)), str(5) + "!", repr("it's"))
print(isinstance(Node("c"), Node), isinstance(1, int), isinstance(True, int), type(3), type(Node("q")))
print(f, Node.__init__, gc.collect, type(gc))
