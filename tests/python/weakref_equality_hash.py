# Chapter 4 (weak references): two live weak references are equal when their referents
# are; once dead, only a weak reference is equal to itself.  A weak reference hashes as
# its referent, and keeps that hash once dead, so it stays a dict key.
import weakref

class A:
    pass

a = A()
b = A()
ra = weakref.ref(a)
rac = weakref.ref(a, lambda w: None)
rb = weakref.ref(b)
print(ra == rac, ra != rac, ra == rb, ra != rb, ra == a, ra != 5)
keys = {ra: "a", rb: "b"}
print(keys[rac], rb in keys, weakref.ref(b) in keys)
del a
print("dead:", ra == rac, ra == ra, ra() is None, rac() is None)
print("a hashed dead ref is still a key:", keys[ra], ra in keys, rac in keys)
del keys[ra]
print(len(keys))
