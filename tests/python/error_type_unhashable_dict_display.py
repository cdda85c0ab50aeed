# Chapter 2 (the runner): a TypeError from a list as a key of a dict display
# Every key of {k: v, ...} must be hashable.
print({(1, 2): "ok", "a": [1]})
d = {"fine": 1, [1]: 2}
