# Chapter 2 (the runner): bound methods compare equal
# Each attribute access makes a new bound method object, but two bound
# methods of the same function and the same instance are ==, and hash alike.
class A:
    def m(self):
        return 1

a = A()
b = A()
print(a.m is a.m, a.m == a.m, a.m != a.m, a.m == b.m)
print(a.m in [a.m], [a.m].count(a.m))
d = {a.m: "method"}
print(d[a.m])
