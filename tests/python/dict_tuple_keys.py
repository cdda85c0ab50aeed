# Chapter 2 (the runner): tuples as dict keys
# Equal tuples hash alike, so a tuple built anew finds the entry that an
# equal tuple made; nested tuples and tuples of strs too.
d = {(1, 2): "pair", (): "empty", ("a",): "one str"}
print(d[(1, 2)], d[()], d[("a",)])
k = (1, 2)
print(k in d, (2, 1) in d, d.get((1, 2)))
n = {((1, 2), (3,)): "nested"}
print(n[((1, 2), (3,))])
grid = {}
for x in range(5):
    for y in range(5):
        grid[(x, str(y))] = x * 10 + y
print(len(grid), grid[(3, "4")], (4, "4") in grid, (4, 4) in grid)
grid[(3, "4")] = -1
print(len(grid), grid[(3, "4")])
del grid[(0, "0")]
print(len(grid), (0, "0") in grid)
