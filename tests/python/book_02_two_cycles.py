# Chapter 2 (the runner): two cycles freed, one kept alive from outside
# The book's block at chapters/02-cycles.md:465 (`import gc`, lists a..e);
# the tuple assignment `a, b, c, d, e = [], [], [], [], []` is split into
# five assignments.
import gc

gc.collect()
a = []
b = []
c = []
d = []
e = []
a.append(b); b.append(c); c.append(a)
d.append(e); e.append(d)
del b, c, d, e
print("gc.collect() returns", gc.collect())
print("a's cycle intact:", a[0][0][0] is a)
