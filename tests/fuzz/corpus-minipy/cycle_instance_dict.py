# Chapter 2 (the runner): an instance and a dict in a cycle
# Written after test_gc's test_newinstance/test_instance scenarios: an
# instance attribute holds a dict that holds the instance (2 objects).
import gc

gc.disable()

class Box:
    def __init__(self):
        self.table = {}

gc.collect()
b = Box()
b.table["box"] = b
print(b.table["box"] is b)
del b
print(gc.collect())

b = Box()
b.table["list"] = [b, b]
del b
print(gc.collect())
