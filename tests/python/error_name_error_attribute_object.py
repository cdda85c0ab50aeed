# Chapter 2 (the runner): a NameError in the object of an attribute
# obj.name: the object is evaluated first.
import gc

print(gc.isenabled())
print(missing.isenabled)
