# Chapter 2 (the runner): a TypeError from sorted with no argument
# CPython's message: sorted expected 1 argument, got 0.
print(sorted([2, 1]))
sorted()
