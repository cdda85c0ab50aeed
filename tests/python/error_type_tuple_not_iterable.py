# Chapter 2 (the runner): a TypeError from tuple of an int
# tuple takes an iterable; an int is none.
print(tuple([1]))
tuple(1)
