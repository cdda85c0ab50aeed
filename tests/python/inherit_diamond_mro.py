# Chapter 2 (the runner): a diamond: C3's order, and super() following the
# instance's MRO rather than the class's base.
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello())
print(Child.__mro__)
print(Left().hello())
for cls in Child.__mro__:
    print(cls.__name__)
