# Chapter 5 (finalizers): __del__ assigned to a class after it was made, and
# deleted again: instances have a finalizer exactly while the class has one.
class C:
    pass

def goodbye(self):
    print("goodbye", self.name)

c = C()
c.name = "first"
C.__del__ = goodbye
c = None
d = C()
d.name = "second"
del C.__del__
d = None
print("no goodbye for the second")
C.__del__ = goodbye
e = C()
e.name = "third"
print("end")
