# Chapter 5 (generators): yield from any iterable, and chains of
# delegation returning values up.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], "ab", [[["deep"]]]])))

def letters():
    yield from "xyz"
    yield from range(3)
    yield from (1, 2)
    yield from {"k": 1}

print(list(letters()))

def leaf(n):
    yield n
    return n * 10

def middle(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    return a + b

def top():
    total = yield from middle(1)
    print("total", total)

print(list(top()))
