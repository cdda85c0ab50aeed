# Chapter 2 (the runner): a TypeError from min of one int
# With one argument min iterates over it.
print(min(4, 2))
min(5)
