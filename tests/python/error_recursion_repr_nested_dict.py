# Chapter 2 (the runner): a RecursionError from the repr of a deeply nested dict
# The repr recurses into the values: 5000 levels pass the limit.
a = {}
for i in range(5000):
    a = {1: a}
print(repr({1: {}}))
print(len(repr(a)))
