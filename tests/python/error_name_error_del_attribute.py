# Chapter 2 (the runner): a NameError in the object of del obj.name
# del obj.name evaluates the object first.
class C:
    pass


o = C()
o.x = 1
del o.x
print("deleted")
del missing.x
