# Chapter 2 (the runner): str.split(sep=None, maxsplit=-1) by name
# (CPython 3.11).
line = "  a b  c d "
print(line.split(maxsplit=2), line.split(None, 1), line.split(sep=None, maxsplit=0))
print("k=v=w".split(sep="=", maxsplit=1), "k=v=w".split("=", maxsplit=1), "a,b".split(sep=","))
for call in [lambda: "a b".split(" ", sep=" "), lambda: "a b".split(foo=1),
             lambda: "a".split(maxsplit="x"), lambda: "a".split(sep=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
"a b".split(None, maxsplit=1, sep=" ")
