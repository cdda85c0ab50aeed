# Chapter 2 (the runner): what gc.collect() counts
# One cycle per kind of object, each collected alone: a list, a dict, an
# instance, a function with its cell and closure tuple, a bound method;
# an empty dict display is not tracked, so it is not counted.
import gc

gc.disable()

class K:
    def m(self):
        return 1

gc.collect()
x = []
x.append(x)
del x
print("list:", gc.collect())

x = {}
x["x"] = x
del x
print("dict:", gc.collect())

x = K()
x.x = x
del x
print("instance:", gc.collect())

x = K()
x.m = x.m
del x
print("instance + bound method:", gc.collect())

def f():
    def g():
        return g
    return g
f()
print("function + cell + tuple:", gc.collect())

x = [[], [], {}]
x.append(x)
del x
print("list holding 2 lists and a dict:", gc.collect())

print("nothing:", gc.collect())
