# Chapter 2 (the runner): a TypeError from abs of a str
# abs is defined for ints (and bools) only in the subset.
print(abs(-3), abs(True))
abs("x")
