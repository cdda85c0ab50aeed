# Chapter 2 (the runner): a TypeError from dict.get with no argument
# CPython's message: get expected at least 1 argument, got 0.
d = {"a": 1}
print(d.get("a"))
d.get()
