# Chapter 2 (the runner): a TypeError from list.insert with one argument
# CPython's message: insert expected 2 arguments, got 1.
l = [1]
l.insert(0, 0)
print(l)
l.insert(1)
