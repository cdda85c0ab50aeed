# Chapter 2 (the runner): attributes found along the MRO: class attributes,
# methods of a grandparent, an override in the middle, and instance
# attributes before any of them.
class A:
    kind = "A"
    def who(self):
        return "A.who"
    def greet(self):
        return "hello from " + self.who()
class B(A):
    def who(self):
        return "B.who"
class C(B):
    kind = "C"
c = C()
print(c.kind, c.who(), c.greet(), C.kind, B.kind)
c.kind = "instance"
print(c.kind, C.kind)
print(C.greet(c), A.who(c))
class M1:
    def name(self):
        return "M1"
class M2:
    def name(self):
        return "M2"
    def only2(self):
        return "only M2"
class Both(M1, M2):
    pass
print(Both().name(), Both().only2(), len(Both.__mro__))
