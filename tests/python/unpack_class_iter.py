# Chapter 2 (the runner): a class's __iter__ and __getitem__ unpack too
# Items are taken in the order the iterator gives them, all of them before
# any target is stored; an error of __iter__ itself goes on as it is.
class Three:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
a, *b = Three()
print(a, b)
class Squares:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
x, y, z = Squares()
print(x, y, z)
class Log:
    def __init__(self):
        self.seen = []
    def __setitem__(self, key, value):
        self.seen.append((key, value))
log = Log()
log["a"], log["b"] = "xy"
print(log.seen)
class Broken:
    def __iter__(self):
        raise KeyError("inside __iter__")
try:
    a, b = Broken()
except KeyError as e:
    print("KeyError", e)
