# Chapter 2 (the runner): built-ins and methods that take no keyword
# arguments (CPython 3.11: NAME() takes no keyword arguments).
for call in [lambda: abs(x=1), lambda: repr(obj=1), lambda: isinstance(1, int, x=1),
             lambda: [].append(x=1), lambda: {}.get(1, default=2), lambda: "a".join(x=1),
             lambda: {}.pop(1, default=2), lambda: [1].index(1, start=0), lambda: "a".strip(chars="a"),
             lambda: list(x=1), lambda: tuple(x=1), lambda: range(x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
any([1], key=None)
