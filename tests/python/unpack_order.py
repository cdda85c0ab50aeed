# Chapter 2 (the runner): the order of evaluation and of stores
# The value is evaluated first, then the targets are stored left to right,
# each target's own parts (an object, an index) evaluated as it is stored.
def show(label, value):
    print(label)
    return value
class Box:
    def __setitem__(self, key, value):
        print("set", key, value)
box = Box()
items = [0, 0, 0]
box["a"], items[show("index", 1)], show("box", box)["b"] = show("value", (1, 2, 3))
print(items)
i = 0
i, items[i] = 2, "x"
print(i, items)
a = b = 1
(a, b), c = d = [5, 6], 7
print(a, b, c, d)
