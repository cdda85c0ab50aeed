# Chapter 2 (the runner): a KeyError from deleting a missing key
# The message is the repr of the key.
d = {"a": 1, "b": 2}
del d["a"]
print(d)
del d["a"]
