# Chapter 2 (the runner): the built-in functions of the subset
# len, range, str, repr, int, bool, list, tuple, dict, type, isinstance,
# abs, sorted, min, max, sum, getattr and hasattr on ordinary arguments.
print(len([]), len("abc"), len((1, 2)), len({"a": 1}), len(range(5)))
print(bool(), bool([]), bool([0]), bool(""), bool("0"), bool({}), bool(None), bool(-1))
print(int(), repr(str()), list(), tuple(), dict())
print(list("ab"), list((1, 2)), list({"x": 1, "y": 2}), list(range(3)))
print(tuple([1, [2]]), tuple("ab"), dict({"a": 1}))
print(type(1), type("a"), type([]), type(()), type({}), type(None), type(True), type(len))
print(type(range(1)).__name__, type({}.keys()).__name__, type(print).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance("a", str), isinstance(None, int))
print(abs(-5), abs(0), abs(True))
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted([]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([[3], [1, 2], []]))
print(min(3, 1, 2), max([4, 9, 2]), min("cab"), max(["b", "a"]), min([(2, 1), (1, 5)]))
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([True, True]))
print(getattr([1, 1], "count")(1), hasattr("a", "join"), hasattr({}, "items"))
print(len is len, str(len), print)
