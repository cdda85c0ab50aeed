# Chapter 2 (the runner): a TypeError from sorting an int
# sorted takes an iterable.
print(sorted("cba"))
sorted(5)
