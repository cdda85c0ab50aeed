# Chapter 3 (generations): an old object keeps a young one alive
# No write barrier records that an old list came to hold a new one: the new
# list's reference count includes the old list's reference, which a
# collection of generation 0 does not subtract (the old list is not in it),
# so the young list is kept and promoted. The price: a cycle through an old
# object is found only by a collection that includes the old object's
# generation.
import gc


def generation_of(obj):
    for g in range(3):
        for o in gc.get_objects(g):
            if o is obj:
                return g
    return None


gc.disable()
gc.collect()
old = []
gc.collect(1)
print("old is in generation", generation_of(old))
young = ["young"]
old.append(young)
print("young is in generation", generation_of(young))
del young
print("only old refers to it: collect(0) finds", gc.collect(0))
print("and promotes it to generation", generation_of(old[0]))

old.append(old)
newer = [old]
old.append(newer)
del old, newer
print("a cycle through an old object, dropped:")
print("  collect(0) finds", gc.collect(0))
print("  collect(1) finds", gc.collect(1))
print("  collect(2) finds", gc.collect(2))
