# Chapter 2 (the runner): a TypeError from dict.pop with a list key
# pop checks that the key is hashable when the dict is not empty.
d = {1: "one", 2: "two"}
print(d.pop(1))
d.pop([2])
