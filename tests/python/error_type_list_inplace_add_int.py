# Chapter 2 (the runner): a TypeError from l += 5
# += on a list extends it with an iterable; an int is none.
l = [1]
l += "ab"
print(l)
l += 5
