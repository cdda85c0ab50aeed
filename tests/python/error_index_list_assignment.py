# Chapter 2 (the runner): an IndexError from assigning past a list's end
# Assignment replaces an item; it never appends.
l = [0, 1]
l[-2] = 5
print(l)
l[2] = 9
