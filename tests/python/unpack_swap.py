# Chapter 2 (the runner): tuple assignment swaps, rotates and unpacks
# `a, b = b, a` stores left to right; a tuple, a list, a string, a range, a
# dict (its keys) and an iterator all unpack, in iteration order.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
x, y, z = z, x, y
print(x, y, z)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
g, h = range(2)
k1, k2 = {"one": 1, "two": 2}
print(g, h, k1, k2)
p, q = iter([10, 20])
print(p, q)
i, j, k, l = 1, 2, 3, 4
print(i, j, k, l)
only, = [42]
print(only)
[] = []
() = ()
t = 1, 2, 3
print(t, type(t).__name__)
