# Chapter 2 (the runner): calling int, str, bool, list, tuple, dict and range
# Each type, called with no argument, gives its empty or zero value; with
# one, converts; range takes one to three ints.
print(int(), int(7), int(True), int(False), int("42"), int(" -17 "), int("+3"), int("1_000"))
print(repr(str()), str(5), str(True), str(None), str([1, "a"]), str("same"), str((1,)))
print(bool(), bool(0), bool(2), bool("x"), bool(()), bool((0,)), bool(range(0)), bool(bool))
print(list(), list([1, 2]), list((3,)), list("hé"), list({"k": 1}), list(range(2)), list({1: 2}.items()))
print(tuple(), tuple([1]), tuple("ab"), tuple({"k": 1}.values()), tuple(range(3, 0, -1)))
print(dict(), dict({"a": 1}), dict({}))
src = {"x": [1]}
copy = dict(src)
copy["y"] = 2
print(src, copy, copy["x"] is src["x"])
l = [1, 2]
print(list(l) is l, list(l) == l, tuple((1, 2)) == (1, 2))
print(range(5), range(2, 5), range(2, 10, 3), range(True), range(-2, 2, True))
print(list(range(3)), list(range(1, 3)), list(range(6, 1, -2)))
print(type(int()), type(str()), type(bool()), type(list()), type(tuple()), type(dict()))
print(int(int("5")), str(str(5)), bool(bool(1)), list(list("ab")))
