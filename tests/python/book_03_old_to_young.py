# Chapter 3 (generations): no write barrier.  A reference from an old
# object into a young one comes from outside the young collection, so it
# keeps the young object alive; a cycle through an old object waits for
# the old object's generation to be collected.
import gc


class Node:
    pass


def generation_of(obj):
    for generation in range(3):
        for o in gc.get_objects(generation):
            if o is obj:
                return generation
    return None


gc.disable()
old = Node()
gc.collect()
print("old is in generation", generation_of(old))

old.child = Node()              # an old object now refers to a young one,
old.child.child = Node()        # which refers to another
print("collect(0) found", gc.collect(0))
print("the children are in generations", generation_of(old.child),
      generation_of(old.child.child))

young = Node()                  # a young object and an old one in a cycle
young.partner = old
old.partner = young
del old
del young
print("collect(0) found", gc.collect(0))
print("collect(1) found", gc.collect(1))
print("collect(2) found", gc.collect(2))
