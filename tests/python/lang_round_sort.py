# Chapter 2 (the runner): round on ints, sorting, and list and dict methods
# round(n, -k) rounds to a multiple of 10**k, halves to the even one;
# list.sort sorts in place and returns None; dict.setdefault inserts once.
print(round(5), round(1250, -2), round(1350, -2), round(-1250, -2), round(-1351, -2), round(15, -1))
print(round(7, 2), round(5, -100), round(True), round(-5, None))
a = [3, 1, 2]
print(a.sort(), a)
b = a.copy()
b.reverse()
print(a, b, a is b, [].copy())
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 7), d.setdefault("c"), d)
print(d.popitem(), d, d.copy(), d.copy() is d)
words = ["pear", "apple", "fig"]
words.sort()
print(words, sorted("hello"), min([4, 2, 8]), max(4, 9), sum(range(5)), abs(-3))
