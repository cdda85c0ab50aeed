# Chapter 2 (the runner): an AttributeError from deleting a missing instance attribute
# del of an attribute the instance does not hold fails, even when its class
# holds one of that name.
class C:
    shared = 1


o = C()
o.own = 2
del o.own
print(o.shared, hasattr(o, "own"))
del o.shared
