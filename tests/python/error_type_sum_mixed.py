# Chapter 2 (the runner): a TypeError from sum of an int and a str
# sum adds from 0: 0 + "a" is not defined.
print(sum([[1], [2]], []))
sum([1, "a"])
