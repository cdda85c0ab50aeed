# Chapter 2 (the runner): integer arithmetic
# Floor division and modulo round toward minus infinity for every sign, the
# identity a == (a // b) * b + a % b holds, and the other operators agree.
for a in [7, -7, 0, 1, -1, 13]:
    for b in [2, -2, 3, -3, 5]:
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r == a)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(2 + 3 * 4, (2 + 3) * 4, 10 - 2 - 3, 100 // 7 // 2)
print(-3, --3, -(-3), +5, abs(-9), abs(9))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
print(x)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 2 != 3)
print(min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), sum(range(101)))
print(int("42"), int("-17"), int(True), str(12), bool(0), bool(-1))
print(3037000499 * 3037000499, 9223372036854775807 // -1)
print(True + True, True * 5, False - 1)
