# Chapter 2 (the runner): a TypeError from an ordering comparison
# < between an int and a str is not defined in Python 3.
print(1 < 2)
print(1 < "2")
