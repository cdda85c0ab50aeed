# Chapter 4 (weak references): a callback that drops the last reference to other
# watched objects: their callbacks run too, once the running one has returned.
import weakref

class A:
    def __init__(self, name):
        self.name = name

def report(wr):
    print("callback of", names[id(wr)])

keep = {}
names = {}
def watch(obj):
    r = weakref.ref(obj, report)
    names[id(r)] = obj.name
    return r

def dropping(wr):
    print("dropping the others")
    keep.clear()
    print("dropped")

a = A("a")
b = A("b")
c = A("c")
keep["b"] = b
keep["c"] = c
rb = watch(b)
rc = watch(c)
del b, c
ra = weakref.ref(a, dropping)
del a
print("rb and rc dead:", rb() is None, rc() is None)
