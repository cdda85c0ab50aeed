# Chapter 5 (generators): recursive generators, each a frame of its own:
# a tree walked in order, and a deep chain of yield from.
def inorder(tree):
    if tree is None:
        return
    left, value, right = tree
    yield from inorder(left)
    yield value
    yield from inorder(right)

tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(tree)))

def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    depth = yield from chain(n - 1)
    return depth + 1

c = chain(200)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("depth", e.value)

def too_deep(n):
    yield from too_deep(n + 1)

try:
    next(too_deep(0))
except RecursionError as e:
    print("RecursionError:", e)
