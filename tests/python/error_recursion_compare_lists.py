# Chapter 2 (the runner): a RecursionError from comparing deeply nested lists
# == recurses into the items; two 2000-deep lists pass the limit.
a = []
b = []
for i in range(2000):
    a = [a]
    b = [b]
print([[[]]] == [[[]]])
print(a == b)
