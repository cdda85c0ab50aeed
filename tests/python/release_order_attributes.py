# Chapter 5 (finalizers): the order in which an instance releases its attributes.  CPython
# 3.11 keeps an instance's attribute values in an array indexed by its class's shared keys,
# so it releases them in the order the class's instances first set each name, whatever
# order this instance set them in.  The class has 30 usable keys; each new instance uses one
# up (down to a floor of one), each new name one; an instance that sets a name when none is
# left gets a dict of its own, which releases in its own insertion order.  Ours models the
# same (class.c, instance.c).
order = []

class Leaf:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)

def report(what):
    global order
    print(what, order)
    order = []

class Obj:
    pass

a = Obj()
a.x = Leaf("a.x")
a.y = Leaf("a.y")
a.z = Leaf("a.z")
b = Obj()
b.z = Leaf("b.z")
b.y = Leaf("b.y")
b.w = Leaf("b.w")
b.x = Leaf("b.x")
del b
report("b, set z y w x:")
del a
report("a, set x y z:")

c = Obj()
c.x = Leaf("c.x")
c.y = Leaf("c.y")
del c.x
report("c.x deleted:")
c.x = Leaf("c.x again")
del c
report("c, x set again after y:")

class WithClassAttribute:
    x = 0

d = WithClassAttribute()
d.y = Leaf("d.y")
d.x = Leaf("d.x")
del d
report("a class attribute x does not make x a shared key first:")

class Crowded:
    pass

kept = []
for i in range(29):
    kept.append(Crowded())
e = Crowded()
e.b = Leaf("e.b")
f = Crowded()
f.a = Leaf("f.a")
f.b = Leaf("f.b")
g = Crowded()
g.b = Leaf("g.b")
del f
report("f, after 30 instances and one name, set a b (a dict of its own):")
del e, g
report("e and g, only b:")
