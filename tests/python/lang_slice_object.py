# Chapter 2 (the runner): slice objects
# a[1:4] subscripts with slice(1, 4, None): a slice can be built, stored
# and reused, and shows its three parts.
middle = slice(1, 4)
print(middle, middle.start, middle.stop, middle.step)
print(slice(3), slice(1, 10, 2), slice(None, None, -1))
items = [10, 20, 30, 40, 50]
print(items[middle], items[slice(None, None, -1)], "abcdef"[middle])
items[middle] = ["x"]
print(items)
print(type(middle), isinstance(middle, slice))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
