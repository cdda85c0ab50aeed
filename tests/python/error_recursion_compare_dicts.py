# Chapter 2 (the runner): a RecursionError from comparing deeply nested dicts
# == recurses into the values; two 2000-deep dicts pass the limit.
a = {}
b = {}
for i in range(2000):
    a = {"k": a}
    b = {"k": b}
print({"k": {}} == {"k": {}})
print(a == b)
