# Chapter 2 (the runner): classes with __str__ and __repr__
# print and str() use __str__, falling back to __repr__; repr() and the
# repr of a container use __repr__ only.
class Both:
    def __str__(self):
        return "str of Both"

    def __repr__(self):
        return "Both()"


class OnlyRepr:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "OnlyRepr(" + str(self.n) + ")"

    def show(self):
        return self.n


class OnlyStr:
    def __str__(self):
        return "just str"


b = Both()
r = OnlyRepr(3)
s = OnlyStr()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(r, str(r), repr(r), [r, [r]], (r,))
print(s, str(s), repr(s).startswith("<__main__.OnlyStr object at 0x"), str([s]).startswith("[<__main__.OnlyStr"))
print({"a": r}.values(), {"a": r}.items())
print(repr(r.show).startswith("<bound method OnlyRepr.show of OnlyRepr(3)>"))
print(repr(r.show))


class Nested:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "Nested(" + repr(self.inner) + ")"


print(Nested(Nested([1, "x"])), str(Nested(None)))
print("".join([str(b), str(r), str(s)]), len(repr(b)))
