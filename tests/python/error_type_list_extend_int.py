# Chapter 2 (the runner): a TypeError from list.extend with an int
# extend takes an iterable.
l = [1]
l.extend((2, 3))
print(l)
l.extend(4)
