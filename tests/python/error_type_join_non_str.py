# Chapter 2 (the runner): a TypeError from str.join of a list holding an int
# The message names the index and type of the first item that is not a str.
print("-".join(["a", "b"]))
print("-".join(["a", 2]))
