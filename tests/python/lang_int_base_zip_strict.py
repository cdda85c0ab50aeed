# Chapter 2 (the runner): int(x, base) and int(x, base=), with the base
# prefixes and underscores CPython reads; zip(strict=True) and its errors
print(list(zip([1,2],[3,4], strict=True)), list(zip(strict=True)), list(zip([1], "a", strict=False)))
for args in ([[1,2],[3]], [[1],[3,4]], [[1],[2],[3,4]], [[1,2],[2,3],[3]], [[1,2],[2],[3]]):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
print(int("ff", 16), int("1010", base=2), int("0x1f", 0), int(" -0b11 ", 0), int("0o17", 8), int("z", 36), int("1_000"))
for a in [("08", 0), ("12", 1), ("9", 8), ("0x", 16), ("_1", 10), (5, 10), ("1__0", 10), ("0_0", 0), ("00", 0)]:
    try:
        print(int(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int(x="5")
except TypeError as e:
    print(e)
print(int(), int(base=10) if False else 0, int(True))
