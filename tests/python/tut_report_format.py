# Chapter 2 (the runner): a report formatted as tutorials format them:
# f-strings with widths and alignment, str.format, % and joins.
rows = [("apples", 3, 120), ("pears", 12, 45), ("kiwis", 140, 7)]
header = f"{'item':<8}{'qty':>6}{'cents':>8}"
print(header)
print("-" * len(header))
total = 0
for name, qty, cents in rows:
    total += qty * cents
    print(f"{name:<8}{qty:>6}{cents:>8}")
print("=" * len(header))
print("{:<8}{:>14,}".format("total", total))
print("%-8s%14d" % ("avg", total // len(rows)))
print(", ".join([f"{n}={q}" for n, q, _ in rows]))
print(f"{total:08d} {total:x} {total:#o} {total:b} {-total:+}")
print(f"{'centered':^20}|", f"{'*':*^9}", f"{3:03}", f"{1234567:_}")
for name, qty, cents in sorted(rows, key=lambda r: r[1], reverse=True):
    print(f"{name.title():.<12}{qty * cents:.>10}")
print("Items: {0}, {1} and {2}".format(*[r[0] for r in rows]))
print("%(name)s has %(qty)d" % {"name": "kiwis", "qty": 140})
