# Chapter 2 (the runner): a TypeError from a bound method's repr with a bad __repr__
# A bound method's repr holds its object's repr.
class Bad:
    def __repr__(self):
        return 1

    def m(self):
        return "m"


print(Bad().m())
print(repr(Bad().m))
