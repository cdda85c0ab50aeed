# Chapter 2 (the runner): a TypeError from range with a str
# range's arguments must be ints.
print(list(range(True, 3)))
range(1, "5")
