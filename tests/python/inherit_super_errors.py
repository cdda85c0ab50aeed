# Chapter 2 (the runner): super() outside a method, and super(type, obj)
# with an obj of another class, each with CPython's message.
class A:
    def m(self):
        return "A.m"
class B(A):
    def m(self):
        return "B>" + super(B, self).m()
print(B().m())
def plain(x):
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
plain(1)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
print(super(A, B()).__init__ is not None)
