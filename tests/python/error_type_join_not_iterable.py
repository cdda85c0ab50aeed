# Chapter 2 (the runner): a TypeError from str.join of an int
# CPython's message: can only join an iterable.
print(",".join(["a", "b"]))
print(",".join(5))
