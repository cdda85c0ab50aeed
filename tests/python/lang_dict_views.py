# Chapter 2 (the runner): dict views
# keys(), values() and items() are live views of the dict: their length,
# membership, iteration and repr follow the dict as it changes.
d = {"a": 1, "b": [2], "c": None}
keys = d.keys()
values = d.values()
items = d.items()
print(len(keys), len(values), len(items), bool(keys), bool({}.values()))
print("a" in keys, "z" in keys, 1 in values, [2] in values, None in values, 5 in values)
print(("a", 1) in items, ("a", 2) in items, ("b", [2]) in items, ("z", 1) in items, "a" in items)
print(1 in {1: 2}.items(), (1, 2, 3) in {1: 2}.items(), 2 in {}.values())
d["d"] = "new"
print(keys, values, items, len(items))
del d["a"]
print(keys, len(values), "a" in keys, ("d", "new") in items)
for k in keys:
    print("key", k)
for v in values:
    print("value", v)
for pair in items:
    print("item", pair)
print(list(keys), tuple(values), sorted(d.keys()), list(items)[0])
print(type(keys), type(values), type(items))
empty = {}
print(empty.keys(), empty.values(), empty.items(), len(empty.items()))
print({1: "x"}.values(), {(1, 2): [3]}.items())
