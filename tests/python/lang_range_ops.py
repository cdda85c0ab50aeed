# Chapter 2 (the runner): range objects
# Membership is computed, not searched; indexing counts from either end;
# negative steps count down; a range is true when it is not empty.
r = range(10, 0, -3)
print(list(r), len(r), r[0], r[1], r[-1], r[-4], 10 in r, 1 in r, 4 in r, 0 in r, 11 in r)
print(list(range(-5, 5, 4)), -5 in range(-5, 5, 4), -1 in range(-5, 5, 4), 3 in range(-5, 5, 4))
print(-6 in range(-5, 5), 5 in range(-5, 5), -5 in range(-5, 5), True in range(2), False in range(1, 2))
print("a" in range(3), None in range(3), [] in range(3), (1,) in range(3))
print(len(range(0, -10, -1)), len(range(0, 10, -1)), len(range(5, 5)), len(range(1, 100, 7)))
print(bool(range(0)), bool(range(1)), bool(range(3, 0)), bool(range(3, 0, -1)))
print(list(range(0, -7, -2)), list(range(3, -3, -3)), range(0, -7, -2)[2])
print(range(7)[True], sum(range(1, 5)), max(range(4)), min(range(4, 0, -1)), sorted(range(3, 0, -1)))
print(tuple(range(3)), list(range(-3)), range(3, 10, 3)[-1])
total = 0
for i in range(100, 0, -25):
    total += i
print(total)
print(range(1, 2, 1), range(5, 1, -2), range(-1), repr(range(0, 10, 10)))
print(type(range(1)), isinstance(range(1), range), range(3) != range(3))
