# Chapter 2 (the runner): a tutorial-style program over data and text
# An inventory report of the kind a tutorial writes: comprehensions build
# the data, sets compare it, slices page through it, and f-strings, format
# specs, str.format and % lay it out.
stock = {"apple": 12, "pear": 3, "fig": 40, "kiwi": 0, "plum": 7}
names = sorted(stock)
in_stock = {name for name in names if stock[name] > 0}
wanted = {"apple", "kiwi", "mango"}
print(f"{len(names)} products, {len(in_stock)} in stock")
print("missing:", sorted(wanted - in_stock), "| both:", sorted(wanted & in_stock))
print(f"{'name':<8}{'count':>6}  bar")
for name in names:
    count = stock[name]
    print(f"{name:<8}{count:>6}  {'#' * (count // 4)}")
totals = [stock[name] for name in names]
print(f"total {sum(totals):,} | max {max(totals)} | min {min(totals)} | {all(totals)} {any(totals)}")
page_size = 2
for start in range(0, len(names), page_size):
    page = names[start:start + page_size]
    print("page %d: %s" % (start // page_size + 1, ", ".join(page)))
print("{} first, {} last, reversed: {}".format(names[0], names[-1], names[::-1]))
report = {name: f"{stock[name]:03d}" for name in names[:3]}
print(report)
print("|".join([f"{i}:{name.upper()}" for i in range(1, 4) for name in [names[i]]]))
