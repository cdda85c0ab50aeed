# Chapter 2 (the runner): a bound method's __name__ and __qualname__
# A bound method passes attribute lookups it does not answer itself on to
# its function: obj.m.__name__ is obj.m.__func__.__name__.
class Point:
    def moved(self):
        return self


p = Point()
print(p.moved.__func__.__name__)
print(p.moved.__name__, p.moved.__qualname__)
