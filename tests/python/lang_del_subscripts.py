# Chapter 2 (the runner): del of items and of several targets at once
# del d[k] and del l[i] (negative too) release what they held; one del
# statement may name several targets, deleted left to right.
d = {"a": 1, "b": 2, (1, 2): "pair", 3: "three"}
del d["a"]
del d[(1, 2)]
print(d)
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[-1]
del l[1]
print(l)


class Holder:
    pass


h = Holder()
h.items = [1, 2, 3]
h.other = "x"
del h.items[0], h.other
print(h.items, hasattr(h, "other"))
x = 1
y = [1]
del x, y[0]
print(y)
grid = [[1, 2], [3, 4]]
del grid[1][0], grid[0]
print(grid)
del d[3], d["b"]
print(d, len(d))
