# Chapter 2 (the runner): starred items in tuple and list displays
# *iterable puts its items in place, in order; a bare tuple needs no
# parentheses on the right of `=` and after `return`.
t = 1, 2, *[3, 4]
print(t, [*t, 5], (*t,), [*"ab", *range(2)])
def pair():
    return 1, 2
def packed(*args):
    return *args, "end"
print(pair(), packed(3, 4))
for x in 1, 2,:
    print(x)
try:
    print([*1])
except TypeError as e:
    print(e)
