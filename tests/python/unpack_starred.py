# Chapter 2 (the runner): a starred target takes the items left over
# first, *rest = xs: the starred target is always a list, possibly empty,
# wherever it stands among the targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *middle, z = range(5)
print(a, middle, z)
a, *middle, z = (1, 2)
print(a, middle, z)
*everything, = (7, 8)
print(everything)
head, *tail = "h"
print(head, tail)
[x, *ys] = [1, 2, 3]
print(x, ys)
(p, *qs), r = [1, 2, 3], 4
print(p, qs, r)
