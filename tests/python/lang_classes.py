# Chapter 2 (the runner): classes, instances, methods and attributes
# Class attributes are shared until an instance shadows them; methods chain;
# __repr__ and __str__ are used by print, str, repr and container reprs.
class Counter:
    made = 0

    def __init__(self, start):
        Counter.made += 1
        self.value = start

    def add(self, n):
        self.value += n
        return self

    def __repr__(self):
        return "Counter(" + repr(self.value) + ")"

a = Counter(1)
b = Counter(10)
print(a.add(2).add(3), b, Counter.made, a.made)
a.made = 99
print(a.made, b.made, Counter.made)
print([a, b], {"a": a}, (b,), str(a), repr(b))

class Text:
    def __str__(self):
        return "str form"

    def __repr__(self):
        return "repr form"

t = Text()
print(t, str(t), repr(t), [t])

class Plain:
    pass

p = Plain()
p.x = 1
print(hasattr(p, "x"), hasattr(p, "y"), getattr(p, "x"), getattr(p, "y", "none"))
del p.x
print(hasattr(p, "x"))
print(type(p) is Plain, isinstance(p, Plain), isinstance(p, Counter), Plain.__name__)
print(repr(p).startswith("<__main__.Plain object at 0x"), str(Plain))

def method(self):
    return "added later"
Plain.extra = method
print(p.extra(), Plain.extra(p))
p.extra = lambda: "instance attribute wins"
print(p.extra())

def factory(v):
    class Local:
        def get(self):
            return v
    return Local()
print(factory(8).get())
