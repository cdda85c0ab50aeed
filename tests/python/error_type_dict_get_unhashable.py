# Chapter 2 (the runner): a TypeError from dict.get with a list key
# get checks that the key is hashable, as d[key] does.
d = {1: "one"}
print(d.get(1), d.get(2, "two"))
d.get([1])
