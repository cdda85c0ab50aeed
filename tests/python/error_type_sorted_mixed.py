# Chapter 2 (the runner): a TypeError from sorting an int and a str
# sorted compares with <, which is not defined between an int and a str; the
# failure comes from the first half of the list, sorted first.
print(sorted([3, 1, 2, 0]))
sorted([2, "a", 1, 0])
