# Chapter 2 (the runner): a TypeError from iterating an int
# A for loop over an int.
for i in [1, 2]:
    print(i)
for i in 3:
    print(i)
