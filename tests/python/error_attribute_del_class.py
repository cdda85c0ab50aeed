# Chapter 2 (the runner): an AttributeError from deleting a missing class attribute
# A class loses an attribute with del once; the second del fails.
class C:
    x = 1


del C.x
print(hasattr(C, "x"))
del C.x
