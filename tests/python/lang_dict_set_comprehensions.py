# Chapter 2 (the runner): dict and set comprehensions
# {k: v for ...} keeps the last value of a repeated key; {x for ...} keeps
# each value once.  The key is evaluated before the value (Python 3.8+).
lengths = {word: len(word) for word in ["gc", "refcount", "cycle", "gc"]}
print(lengths)
inverted = {lengths[k]: k for k in lengths}
print(inverted)
print({n % 4 for n in range(20)}, {c for c in "mississippi"} == set("misp"))


def trace(label, value):
    print("eval", label)
    return value


print({trace("key", i): trace("value", i * i) for i in range(2)})
print({i: [] for i in range(3)})
