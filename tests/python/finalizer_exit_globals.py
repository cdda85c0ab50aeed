# Chapter 5 (finalizers): at exit, the globals' objects with __del__ are finalized
# in one collection of the module (its functions hold its dict in a cycle), in
# the order they were made, each seeing every global still there; cycles too.
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "sees", type(last).__name__, len(names))

names = []
x = C("x")
x.me = x
a = C("a")
a.sub = C("a.sub")
_private = C("_private")
items = []
items.append(C("item 1"))
items.append(C("item 2"))
last = C("last")
print("end of the program")
