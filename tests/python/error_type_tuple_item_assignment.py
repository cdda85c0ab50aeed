# Chapter 2 (the runner): a TypeError from assigning to an item of a tuple
# Tuples are immutable.
t = (1, 2)
print(t[0])
t[0] = 5
