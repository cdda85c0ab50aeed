# Chapter 2 (the runner): *args collects the extra positional arguments in a tuple
def total(first, *rest):
    print(type(rest).__name__, rest)
    s = first
    for x in rest:
        s += x
    return s

print(total(1))
print(total(1, 2, 3))
numbers = [4, 5, 6]
print(total(*numbers))
print(total(0, *numbers, *range(3)))
print(total(*"abc"))
