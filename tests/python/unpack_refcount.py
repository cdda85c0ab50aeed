# Chapter 2 (the runner): unpacking leaves no reference behind
# The tuple built for `a, b = b, a` is gone once it is stored, and the
# sequence unpacked is released before its items are stored.
import sys
x = object()
y = object()
before = sys.getrefcount(x), sys.getrefcount(y)
x, y = y, x
x, y = y, x
print(sys.getrefcount(x) - before[0], sys.getrefcount(y) - before[1])
pair = [x, y]
print(sys.getrefcount(x))
a, b = pair
print(sys.getrefcount(x))
del pair
print(sys.getrefcount(x))
first, *rest = [x, y, x]
print(sys.getrefcount(x), sys.getrefcount(rest))
del a, b, first, rest
print(sys.getrefcount(x))
