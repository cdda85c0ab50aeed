# Chapter 2 (the runner): a KeyError from dict.pop
# pop of a missing key with no default.
d = {"a": 1}
print(d.pop("a"))
d.pop("a")
