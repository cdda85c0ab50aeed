# Chapter 2 (the runner): enumerate(iterable, start=0) by position or by
# name, with CPython 3.11's errors (its parser calls a repeated or
# misplaced keyword invalid).
print(list(enumerate("ab", start=1)), list(enumerate(iterable="ab")))
print(list(enumerate(start=5, iterable=[0])), list(enumerate([7], -2)))
for call in [lambda: enumerate(start=1, foo=2), lambda: enumerate(foo=2), lambda: enumerate(),
             lambda: enumerate(start=1), lambda: enumerate([1], iterable=[2]),
             lambda: enumerate([1], foo=2), lambda: enumerate([1], 2, start=3),
             lambda: enumerate([1], start="a"), lambda: enumerate(1, start=0),
             lambda: reversed([1], x=1), lambda: enumerate([1], 1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
enumerate(iterable=[1], start=None)
