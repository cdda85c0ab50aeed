# Chapter 2 (the runner): setting and deleting attributes
# Instances, classes and modules take new attributes and lose them with del;
# a class attribute is seen through its instances until one shadows it.
import gc


class Counter:
    total = 0
    label = "counter"


a = Counter()
b = Counter()
print(a.total, b.label, Counter.total)
a.total = 5
print(a.total, b.total, Counter.total)
Counter.total = 10
print(a.total, b.total, Counter.total)
del a.total
print(a.total, b.total)
Counter.extra = [1, 2]
print(a.extra, b.extra is Counter.extra)
del Counter.extra
print(hasattr(a, "extra"), hasattr(Counter, "extra"))
a.x = 1
a.y = 2
del a.x, a.y
print(hasattr(a, "x"), hasattr(a, "y"))
a.z = a
del a.z
print(hasattr(a, "z"))

# a module is an object with attributes too
gc.answer = 42
print(gc.answer, getattr(gc, "answer"), hasattr(gc, "answer"))
del gc.answer
print(hasattr(gc, "answer"))
saved = gc.collect
del gc.collect
print(hasattr(gc, "collect"))
gc.collect = saved
print(gc.collect() >= 0)


# methods set on the class after it is made are methods of every instance
def describe(self):
    return self.label + "!"


Counter.describe = describe
print(a.describe(), b.describe(), Counter.describe(a))
a.describe = len
print(a.describe("abc"), b.describe())
del a.describe
print(a.describe())
