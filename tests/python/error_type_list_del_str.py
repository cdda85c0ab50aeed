# Chapter 2 (the runner): a TypeError from deleting a list item by a str
# del l[i] needs an int index, as l[i] does.
l = [1, 2, 3]
del l[True]
print(l)
del l["0"]
