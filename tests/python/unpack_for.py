# Chapter 2 (the runner): for loops and comprehensions unpack their items
# for k, v in d.items(), for i, (a, b) in enumerate(pairs), and the same
# targets in a comprehension's clause.
d = {"apple": 3, "pear": 5}
for k, v in d.items():
    print(k, v)
pairs = [(1, "one"), (2, "two")]
for i, (n, word) in enumerate(pairs):
    print(i, n, word)
for first, *rest in ["abc", "de"]:
    print(first, rest)
print([k for k, v in d.items() if v > 3])
print({v: k for k, v in d.items()})
print([a * b for a, b in zip([1, 2], [3, 4])])
print([x for (x, y), z in [((1, 2), 3)]])
for a, b in [(1, 2), (3, 4)]:
    pass
else:
    print("done", a, b)
class Point:
    pass
pt = Point()
for pt.x, pt.y in [(5, 6)]:
    print(pt.x, pt.y)
slots = [0, 0]
for slots[0], slots[1] in [(8, 9)]:
    print(slots)
