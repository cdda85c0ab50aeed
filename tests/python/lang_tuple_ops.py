# Chapter 2 (the runner): tuple, list and str operators
# Concatenation and repetition make new objects; a count of zero or less
# gives an empty one; tuples index, iterate and test membership like lists.
t = (1, 2)
u = t + (3,)
print(u, t, t + (), () + t, len(u), u[2], u[-1])
print(t * 3, 2 * t, t * 0, t * -1, () * 5, (None,) * 2)
print([1, 2] * 2, 3 * [0], [1] * 0, [1, 2] * -3, [] * 4)
print("ab" * 3, 2 * "x", "ab" * 0, "ab" * -2, "" * 10, repr("-" * 0))
print([[0]] * 2, ("a", [1]) * 2)
print(2 in u, 5 in u, (1, 2) in [(1, 2)], "b" in ("a", "b"), () in ((),))
for item in ((1, "one"), (2, "two")):
    print(item[0], item[1])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested + nested)
print(tuple() == (), (1,) == (1,), (1,) + (2,) == (1, 2), True * (7,), (7,) * True)
l = [1]
l2 = l * 3
l2[0] = 9
print(l, l2, l + l2)
print(tuple([1, 2]) + (3,), list((1, 2)) + [3], "a" + "b" + "c")
