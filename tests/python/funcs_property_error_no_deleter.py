# Chapter 2 (the runner): deleting through a property that has no deleter
class A:
    @property
    def x(self):
        return 1

a = A()
print(a.x)
del a.x
