# Chapter 2 (the runner): a KeyError
# A missing key read with [] (get would give None).
d = {"a": 1}
print(d["a"], d.get("b"))
print(d["b"])
