# Chapter 2 (the runner): a function with many locals
# A frame of more than 16 slots (parameters, locals, cells) is allocated
# rather than kept on the C stack; it behaves the same.
def many(a, b, c, d):
    e = a + b
    f = c + d
    g = e * f
    h = g - a
    i = h // 2
    j = i % 7
    k = [a, b, c, d]
    l = len(k)
    m = l + j
    n = m * 2
    o = n - 1
    p = o + e
    q = p + f
    r = q + g
    s = str(r)

    def inner():
        return s + "!" + str(a)

    t = inner()
    return t


print(many(1, 2, 3, 4))
print(many(10, 20, 30, 40))


def recursive_big(depth, x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16):
    total = x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9 + x10 + x11 + x12 + x13 + x14 + x15 + x16
    if depth == 0:
        return total
    return total + recursive_big(depth - 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)


print(recursive_big(3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
