# Chapter 2 (the runner): a property comes before the instance's own
# attributes, a plain function does not
class A:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v * 10
    def set_v(self, value):
        self._v = value
    v = property(get_v, set_v)
    def plain(self):
        return "method"

a = A()
print(a.v)
a.v = 2
print(a.v, a._v)
a.plain = lambda: "own attribute"
print(a.plain())
print(A.v.fget is A.get_v, A.v.fdel)
