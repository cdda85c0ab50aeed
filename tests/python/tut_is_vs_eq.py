# Chapter 2 (the runner): identity and equality, copies and aliases,
# nested lists shared by a multiplication: a tutorial's gotchas.
a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
b.append(4)
print(a, c)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print(grid)
shallow = a.copy()
nested = [a, [5]]
copy_nested = nested[:]
copy_nested[0].append(99)
print(nested, copy_nested is nested, copy_nested[0] is a)
print(None is None, [] == [], [] is [], () == (), "abc" == "a" + "bc")
x = 1000
y = x
print(x is y, id(x) == id(y), type(x) is int, isinstance(True, int))
