# Chapter 2 (the runner): comparing lists, tuples, dicts and ranges
# Lists and tuples compare lexicographically, item by item, recursing into
# nested ones; equality of dicts ignores order; ranges equal as sequences.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [] == [])
print((1, "b") < (1, "c"), (1, 2) <= (1, 2), (3,) >= (2, 99), (1, 2) > (1,))
print([[1, 2], [3]] < [[1, 2], [4]], ([1], (2,)) == ([1], (2,)), [(1, [2])] < [(1, [3])])
print(["a", "b"] == ["a", "b"], [1, 2] != [1, 2], [1] == (1,), (1, 2) != [1, 2])
print([1, True] == [True, 1], [0] == [False], (1, (2, (3,))) == (1, (2, (3,))))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 2}, {"a": 1} == {"b": 1})
print({"a": [1, {"x": 2}]} == {"a": [1, {"x": 2}]}, {} == {}, {"a": 1} != {"a": 1, "b": 2})
print(range(0) == range(5, 5), range(1, 4) == range(1, 4, 1), range(1, 5, 2) == range(1, 6, 2))
print(range(3) == range(4), range(1, 2) == range(1, 3, 5), range(2) == [0, 1], range(0, 3, 2) == range(0, 4, 2))
print(range(5, 0, -1) == range(5, 0, -1), range(1) == range(1, 2))
print("abc" < "abd", "ab" < "abc", "" < "a", "B" < "a", "abc" == "abc", "a" != "a")


def f():
    pass


def g():
    pass


class C:
    pass


a = C()
b = C()
print(f == f, f == g, f != g, a == a, a == b, a != b, C == C, None == None, None == 0)
print(len == len, len == print, int == int, int == str, [f] == [f], (a,) == (b,))
print(1 == "1", "1" != 1, [1] != "1", {} == [], () == [])
print(sorted([[2, 1], [1, 5], [1, 2, 0], [], [1]]))
print(max([(1, "z"), (2, "a"), (2, "b")]), min(["b", "ab", "abc"]))
