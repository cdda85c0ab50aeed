# Chapter 2 (the runner): a cycle through a method's self
# Written after test_gc's test_method: an instance that stores its own bound
# method; collecting frees the instance and the bound method (2 objects).
import gc

gc.disable()

class C:
    def __init__(self):
        self.init = self.__init__

    def hello(self):
        return "hello"

gc.collect()
c = C()
print(c.init is not c.__init__)
del c
print(gc.collect())

c = C()
c.greet = c.hello
print(c.greet())
del c
print(gc.collect())
