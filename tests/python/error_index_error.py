# Chapter 2 (the runner): an IndexError
# Reading past the end of a list.
l = [1, 2, 3]
print(l[2], l[-3])
print(l[3])
