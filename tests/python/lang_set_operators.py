# Chapter 2 (the runner): set operators
# | & - ^ make new sets; |= &= -= ^= change the set in place; the
# comparisons test subsets, and a set equals a frozenset with its keys.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3} < b, b > {4}, a >= a, a < a, a == {4, 3, 2, 1}, a != b)
print(frozenset([1, 2]) == {1, 2}, frozenset([1]) | {2}, {2} | frozenset([1]))
same = a
a |= {10}
a -= {1}
a &= {2, 3, 10, 11}
a ^= {3, 20}
print(a, same is a)
print(5 | 3, 5 & 3, 5 ^ 3, 1 << 10, -17 >> 2, ~5, ~-1, 7 & -8)
x = 6
x |= 1
x <<= 2
x >>= 1
x ^= 3
x &= 12
print(x)
