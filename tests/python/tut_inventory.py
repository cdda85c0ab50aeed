# Chapter 2 (the runner): an inventory a beginners' tutorial builds with
# dicts: setdefault, get, items, sorted by value, dict comprehensions.
stock = {}
deliveries = [("apple", 5), ("pear", 2), ("apple", 3), ("fig", 7), ("pear", 1)]
for item, n in deliveries:
    stock[item] = stock.get(item, 0) + n
print(stock)
by_count = sorted(stock.items(), key=lambda kv: kv[1], reverse=True)
print(by_count)
groups = {}
for item, n in deliveries:
    groups.setdefault(item, []).append(n)
print(groups)
low = {k: v for k, v in stock.items() if v < 5}
print(low, dict(sorted(stock.items())))
stock.update({"kiwi": 4}, ) if False else stock.update({"kiwi": 4})
print(list(stock), stock.pop("fig"), "fig" in stock, stock.popitem())
merged = stock | {"apple": 0}
print(merged, stock == merged, {**stock, "new": 1})
inverse = {v: k for k, v in stock.items()}
print(inverse, dict.fromkeys(stock, 0))
print(max(stock, key=stock.get), min(stock.values()), sum(stock.values()))
