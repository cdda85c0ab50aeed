# Chapter 2 (the runner): a property holds its functions, a staticmethod and a
# classmethod theirs: gc.get_referents shows them, and a function that refers
# to its own property through the class makes a cycle through the class.
import gc

def getter(self):
    return 1

p = property(getter)
print(getter in gc.get_referents(p))
print(gc.is_tracked(p))
s = staticmethod(getter)
c = classmethod(getter)
print(getter in gc.get_referents(s), getter in gc.get_referents(c))
print(s.__func__ is getter, c.__func__ is getter)

def make():
    class Node:
        @property
        def me(self):
            return Node
    return None

gc.collect()
make()
print("collected something:", gc.collect() > 0)
