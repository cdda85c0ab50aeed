# Chapter 2 (the runner): * and ** in displays, and the power operator
# (ints only: a negative power would be a float)
a = [1, 2]
b = (3,)
print([*a, *b], (*a,), (*a, *b, 5))
print({*a, 3})
d = {"x": 1}
print({**d, "y": 2}, {"z": 0, **d})
print(*a, sep="-")
print({*"ab"}, {1, *[2, 2], *range(3)}, len({*()}) if False else 0)
print({**{}, **{"a": 1}, "a": 2}, {"k": 1, **{"k": 3}})
try:
    {**[1]}
except TypeError as e:
    print(e)
try:
    {*5}
except TypeError as e:
    print(e)
print(2 ** 10, -2 ** 2, 2 ** -0 if True else 0, 2 ** 3 ** 2, (-3) ** 3, 10 ** 6, 0 ** 0, 7 ** 1)
x = 3
x **= 2
print(x)
try:
    print(2 ** 62)
except OverflowError as e:
    print("overflow")
try:
    print("a" ** 2)
except TypeError as e:
    print(e)
print(-2 ** 62)
