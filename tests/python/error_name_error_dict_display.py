# Chapter 2 (the runner): a NameError while evaluating a dict display
# The keys and values are evaluated in order; an unknown name stops it.
print({"a": 1})
d = {"a": 1, "b": missing}
