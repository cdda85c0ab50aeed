# Chapter 2 (the runner): sets that grow, shrink and grow again
# A set's table grows as keys arrive and keeps dummies where keys left;
# sizes, membership and CPython's order survive many of both.
s = set(range(0, 100000, 7))
print(len(s), 7 in s, 8 in s, sum(s))
for n in range(0, 100000, 14):
    s.discard(n)
print(len(s), min(s), max(s), sorted(s)[:5])
s |= set(range(10))
print(len(s), list(s)[:12])
squares = {n * n % 1000 for n in range(5000)}
print(len(squares), sorted(squares)[-3:], {(1, 2), (2, 1), (1, 2)})
big = list(range(50))
print(big[::7], big[-3::-9], big[5:45:2][::3], big[::1 << 62])
