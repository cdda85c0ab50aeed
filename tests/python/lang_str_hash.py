# Chapter 2 (the runner): strs hash as CPython 3.11's, so sets of strs
# print in python3's order (run.py runs python3 with PYTHONHASHSEED=0).
# The bytes hashed are the characters as CPython stores them: 1, 2 or 4
# bytes each, by the widest character of the str.
words = ["", "a", "abc", "abcdefgh", "abcdefghi", "héllo", "ÿ", "Ā", "€uro",
         "日本語", "😀", "a😀", "x" * 100, "ab\u00e9\u0100", "Ünïcödé"]
for w in words:
    print(repr(w), hash(w))
print({"b", "a", "c"})
print({"apple", "banana", "cherry", "date", "elderberry", "fig"})
print(sorted(set("hello world")) == sorted("helo wrd"), set("hello world"))
print(frozenset(["x", "y", "z"]), hash(("a", 1)))
seen = set()
for name in "the quick brown fox jumps over the lazy dog".split():
    seen.add(name)
print(seen, len(seen))
print({"β", "α", "γ"} | {"δ"})
print({w: len(w) for w in {"one", "two", "three"}})
