# Chapter 2 (the runner): a TypeError from list with two arguments
# list takes at most one argument, an iterable.
print(list("ab"))
list("a", "b")
