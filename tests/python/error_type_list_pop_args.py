# Chapter 2 (the runner): a TypeError from list.pop with two arguments
# CPython's message: pop expected at most 1 argument, got 2.
l = [1, 2, 3]
print(l.pop(0))
l.pop(0, 1)
