# Chapter 3 (generations): gc.get_objects(generation) and its argument
# None and -1 list every generation, youngest first, as get_objects() does;
# 0, 1 and 2 list one; a bool is an int. The three generations together are
# everything tracked and not frozen. Written after test_gc's
# test_get_objects.
import gc


def position(obj, objects):
    for i in range(len(objects)):
        if objects[i] is obj:
            return i
    return -1


def listed(obj, objects):
    return position(obj, objects) >= 0


gc.disable()
gc.collect()
old = []
gc.collect(1)
middle = []
gc.collect(0)
young = []
for generation in [0, 1, 2, False, True, None, -1]:
    objects = gc.get_objects(generation)
    print(generation, listed(young, objects), listed(middle, objects), listed(old, objects))
total = len(gc.get_objects(0)) + len(gc.get_objects(1)) + len(gc.get_objects(2))
print("the three together are all:", total == len(gc.get_objects()))
everything = gc.get_objects(None)
print("youngest first:", position(young, everything) < position(middle, everything),
      position(middle, everything) < position(old, everything))
print("an earlier result is tracked like any list:", listed(everything, gc.get_objects(0)))
