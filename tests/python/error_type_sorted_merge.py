# Chapter 2 (the runner): a TypeError from sorting while merging two sorted halves
# The two halves sort on their own; comparing across them fails.
print(sorted(["b", "a"]))
sorted([1, 2, "a", "b"])
