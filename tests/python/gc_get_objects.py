# Chapter 2 (the runner): gc.get_objects() lists the tracked objects
# A list and an instance are in it, an untracked dict and an int are not,
# and the count of instances of a class is what the program made.
import gc

gc.disable()

class Q:
    pass

def contains(objects, wanted):
    for o in objects:
        if o is wanted:
            return True
    return False

x = []
atoms = {"a": 1}
big = 10000 + len(x)
q = Q()
objects = gc.get_objects()
print(contains(objects, x), contains(objects, q), contains(objects, atoms), contains(objects, big))
print(contains(objects, objects))

def count_q():
    # a function, so that no loop variable is left holding an instance
    n = 0
    for o in gc.get_objects():
        if isinstance(o, Q):
            n += 1
    return n

keep = []
for i in range(17):
    keep.append(Q())
print("instances of Q:", count_q())
del keep
print("after del:", count_q())
