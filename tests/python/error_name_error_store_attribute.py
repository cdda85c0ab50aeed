# Chapter 2 (the runner): a NameError in the object of an attribute assignment
# obj.name = value: the value is evaluated, then the object.
class C:
    pass


o = C()
o.x = 1
print(o.x)
missing.x = 1
