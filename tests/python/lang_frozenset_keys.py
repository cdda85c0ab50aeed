# Chapter 2 (the runner): frozensets are hashable
# A frozenset can be a dict key or a set's member, and equal frozensets
# find each other whatever order their keys were added in.
edges = {frozenset([1, 2]): "a-b", frozenset([2, 3]): "b-c"}
print(edges[frozenset([2, 1])], frozenset([3, 2]) in edges)
groups = {frozenset("ab"), frozenset("ba"), frozenset()}
print(len(groups), frozenset() in groups)
f = frozenset([1, 2, 3])
print(f, f.union([4]), f & {2, 3}, f.copy() is f, frozenset(f) is f)
print(type(f | {9}).__name__, type({9} | f).__name__)
