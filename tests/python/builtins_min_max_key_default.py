# Chapter 2 (the runner): min() and max() take key= and default=
# (CPython 3.11); the first of equally good items wins.
words = ["kiwi", "fig", "banana", "plum"]
print(max(words, key=len), min(words, key=len), min("bb", "a", "cc", key=len))
print(max([], default=None), min([], default="none"), max([4, 9], default=0))
print(max([(1, "a"), (1, "b")], key=lambda p: p[0]), min(3, 1, 2, key=None))
print(max(range(5), key=lambda n: -n), max(1, 2, 3, key=lambda n: n % 3))
print(min([], key=len, default=5))
