# Chapter 2 (the runner): a TypeError from sum of an int
# sum takes an iterable and an optional start.
print(sum([1, 2], 10))
sum(5)
