# Chapter 2 (the runner): sorted() and list.sort() take key= and reverse=
# (CPython 3.11: sorted(iterable, /, *, key=None, reverse=False)).
people = [("ada", 36), ("bob", 25), ("cy", 36), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(["pear", "fig", "banana"], key=len))
print(sorted([3, 1, 2], reverse=True), sorted([3, 1, 2], key=None, reverse=False))
records = [{"name": "x", "score": 3}, {"name": "y", "score": 1}]
records.sort(key=lambda r: r["score"])
print([r["name"] for r in records])
words = ["b", "A", "c"]
words.sort(reverse=1)
print(words, words.sort(key=lambda w: w.lower()), words)
