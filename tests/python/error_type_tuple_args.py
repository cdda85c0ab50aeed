# Chapter 2 (the runner): a TypeError from tuple with two arguments
# tuple takes at most one argument, an iterable.
print(tuple("ab"))
tuple("a", "b")
