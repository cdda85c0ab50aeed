# Chapter 2 (the runner): and, or, not and chained comparisons
# and/or return the operand that decides, evaluating no further; a chained
# comparison evaluates each operand once and stops at the first false link.
def v(x):
    print("eval", repr(x))
    return x


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "", "" or None)
print([] and v("skipped"), [0] or v("skipped"), "a" and "b" and "c", 0 or "" or [] or "last")
print(v(0) or v(1) and v(2))
print(v(1) and v(0) and v("never"))
print(not 0, not 1, not "", not "x", not None, not [], not [0], not {}, not range(0))
print(not not 5, not (1 and 0), (not 1) == False)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(0) < v("never"))
print(v(1) < v(2) < v(3) < v(0))
print(0 <= 0 >= 0, "a" < "b" <= "b" < "c", 1 < 2 in [2], None is None is not False)
print(1 in [1] in [[1]], 2 not in [1] not in [[1]])
x = 5
print(0 < x < 10, 0 < x < 3, x is None, x is not None)
if not x > 10 and x > 1 or False:
    print("decided by and/or")
while not x == 0:
    x -= 1
print(x)
