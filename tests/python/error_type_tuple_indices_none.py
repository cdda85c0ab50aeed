# Chapter 2 (the runner): a TypeError from indexing a tuple with None
# A tuple's index must be an int; None is not one.
t = (1, 2)
print(t[-1])
print(t[None])
