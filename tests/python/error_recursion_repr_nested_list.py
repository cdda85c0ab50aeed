# Chapter 2 (the runner): a RecursionError from the repr of a deeply nested list
# The repr recurses into the items: 5000 levels pass the limit.
a = []
for i in range(5000):
    a = [a]
print(repr([[[]]]))
print(len(repr(a)))
