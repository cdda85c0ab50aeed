# Chapter 5 (finalizers): a __del__ that builds new cycles (young objects, outside
# the trash being collected): they are freed by the next collection, not this one.
import gc

class Maker:
    def __del__(self):
        global made
        a = Maker2()
        a.me = a
        made = len(gc.get_objects())
        print("__del__ made a cycle")

class Maker2:
    def __del__(self):
        print("the new cycle's __del__")

gc.disable()
m = Maker()
m.me = m
del m
print("first", gc.collect())
print("second", gc.collect())
print("third", gc.collect())
