# Chapter 2 (the runner): a RuntimeError from a dict that grows while iterated
# Adding a key while iterating the dict (or a view of it) fails at the
# next step.
d = {"a": 1}
for k in d:
    print(k)
for k in d.keys():
    print("adding after", k)
    d[k + "x"] = 0
