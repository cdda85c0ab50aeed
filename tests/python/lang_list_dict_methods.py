# Chapter 2 (the runner): list and dict methods
# append, pop, clear, remove, insert, index, count, extend on lists; get,
# keys, values, items, pop, clear, update on dicts; their return values.
l = [3, 1, 2]
print(l.append(4), l)
l.insert(1, 9)
l.insert(-1, 8)
l.insert(100, 7)
l.insert(-100, 0)
print(l, l.index(9), l.count(9))
l.remove(9)
print(l.pop(), l.pop(0), l.pop(-1), l)
l.extend(l)
l.extend(range(2))
l.extend("ab")
print(l, l.count(1))
print(l.clear(), l)
m = [1]
alias = m
m += [2]
m = m + [3]
print(m, alias, [0] * 3, 2 * [1, 2], [1] * 0)

d = {"b": 1, "a": 2}
d["c"] = 3
print(d, d.get("a"), d.get("z"), d.get("z", 0))
print(d.keys(), d.values(), d.items())
print(d.pop("b"), d.pop("b", "gone"), d)
d["b"] = 4
print(d, list(d))
d.update({"a": 20, "e": 5})
print(d, len(d))
k = d.keys()
d["f"] = 6
print(k, len(k))
print(d.clear(), d, d.items())
