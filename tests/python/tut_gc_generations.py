# Chapter 3 (generations): what a tutorial on generational collection
# prints: thresholds, counts after collect, disabling and re-enabling.
import gc

print(gc.get_threshold())
gc.collect()
print(gc.get_count()[1:], gc.isenabled())
gc.disable()


class Cell:
    def __init__(self):
        self.me = self


for _ in range(100):
    Cell()
print(gc.isenabled(), gc.collect())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
x = []
x.append(x)
print(gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
del x
print(gc.collect())
