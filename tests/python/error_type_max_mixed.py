# Chapter 2 (the runner): a TypeError from max of an int and a str
# max compares each argument with the best so far, using >.
print(max(1, 3, 2))
max(1, "a")
