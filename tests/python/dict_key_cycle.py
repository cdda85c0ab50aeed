# Chapter 2 (the runner): a cycle that runs through a dict's key
# A dict is tracked as soon as a key or a value may be tracked; an instance
# used as a key makes the dict tracked, so a cycle through the key is found
# (instance + dict = 2 objects), like the cycles through values.
import gc

gc.disable()

class A:
    pass

n = 1
t = (n, 2)
d = {t: 1}
print("tuple key:", gc.is_tracked(d))
e = {}
e[A()] = 1
print("instance key, by assignment:", gc.is_tracked(e))
f = {A(): 1}
print("instance key, in a display:", gc.is_tracked(f))

gc.collect()
a = A()
a.d = {}
a.d[a] = "me"
del a
print("instance -> dict -key-> instance:", gc.collect())
