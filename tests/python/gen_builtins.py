# Chapter 5 (generators): every built-in that takes an iterable takes a
# generator, and consumes it.
def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)), tuple(squares(3)))
print(sum(squares(4)), min(squares(4)), max(squares(4)))
print(sorted(squares(4), reverse=True))
print(list(zip(squares(3), "abc")))
print(list(enumerate(squares(3), 1)))
print(any(squares(1)), all(squares(3)), any(x > 5 for x in squares(4)))
print(dict((str(i), i) for i in squares(3)))
print(sorted(set(squares(4))))
print("-".join(str(x) for x in squares(4)))
g = squares(3)
print(list(g), list(g))
a, b, c = squares(3)
print(a, b, c)
first, *rest = squares(4)
print(first, rest)
print([*squares(3), *squares(2)])
print(4 in squares(5), 5 in squares(5))
it = iter(squares(2))
print(next(it), next(it))
print(list(reversed(list(squares(3)))))
