# Chapter 2 (the runner): all, any, enumerate, zip, reversed
# all and any stop at the first item that decides; enumerate, zip and
# reversed are lazy iterators over what they were given.
print(all([1, 2]), all([1, 0]), all([]), any([0, 0]), any([0, 3]), any([]), all("ab"), any({0: 1}))
print(list(enumerate("abc")), list(enumerate([5, 6], 10)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(reversed([1, 2, 3])), list(reversed("abc")), tuple(reversed(range(4))), list(zip([1])))
for pair in enumerate(["x", "y"]):
    print(pair[0], pair[1])


def noisy(value):
    print("test", value)
    return value


print(any([noisy(0), noisy(1)]) and "all the list is built first")
items = [1, 2, 3]
for pair in enumerate(items):
    if pair[0] == 0:
        items.append(4)
print(items)
names = ["a", "b"]
backwards = reversed(names)
names.append("c")
print(list(backwards))
print(list(zip(["x", "y"], [1, 2])))
