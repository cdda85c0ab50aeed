# Chapter 2 (the runner): print's keyword arguments sep= and end=
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" then one")
print("x", "y", sep="", end="!\n")
print(1, 2, sep=None, end=None)
options = {"sep": ", ", "end": ".\n"}
print("one", "two", **options)
print(*[1, 2, 3], sep=" < ")
print(sep=1)
