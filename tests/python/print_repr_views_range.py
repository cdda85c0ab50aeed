# Chapter 2 (the runner): repr of dict views and ranges
# dict.keys(), values() and items() print as dict_keys([...]) and so on, in
# insertion order; range prints as range(start, stop[, step]).
d = {"a": 1, "b": [2], "c": None}
print(d.keys())
print(d.values())
print(d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(len(d.keys()), "a" in d.keys(), "z" in d)
print({}.keys(), {}.values(), {}.items())
print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1), range(0))
print(list(range(5, 0, -2)), len(range(1, 10, 3)), list(range(3, 3)))
print(range(10)[3], range(10)[-1], 4 in range(5), 5 in range(5))
for k in d:
    print(k, d[k])
for pair in d.items():
    print(pair, pair[0], pair[1])
