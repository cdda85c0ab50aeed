# Chapter 5 (generators): what a yield statement may assign to: names,
# tuples, attributes, items, several targets.
class Box:
    pass

def receiver(box, store):
    a, (b, c) = yield "unpack"
    box.attr = yield "attribute"
    store["key"] = yield "item"
    x = y = yield "chain"
    first, *rest = yield "star"
    value = (yield "parenthesized")
    print(a, b, c, box.attr, store, x, y, first, rest, value)

box = Box()
r = receiver(box, {})
print(next(r))
print(r.send((1, (2, 3))))
print(r.send("attr"))
print(r.send("item"))
print(r.send("both"))
print(r.send([1, 2, 3]))
try:
    r.send("last")
except StopIteration:
    print("done")
r2 = receiver(box, {})
next(r2)
try:
    r2.send((1, 2))
except TypeError as e:
    print("TypeError:", e)
