# Chapter 2 (the runner): an IndexError from deleting past a list's end
# del l[i] takes an index as l[i] does, negative ones too.
l = [1, 2, 3]
del l[-1]
del l[0]
print(l)
del l[1]
