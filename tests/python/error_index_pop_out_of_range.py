# Chapter 2 (the runner): an IndexError from list.pop with an index past the end
# pop(i) takes an index as l[i] does: 2 is past the end of a 2-item list.
l = [1, 2, 3]
print(l.pop(-3), l)
l.pop(2)
