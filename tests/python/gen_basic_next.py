# Chapter 5 (generators): next() runs a generator to its next yield; its
# return value travels on StopIteration.value; a for loop stops quietly.
def count_to(n):
    print("started")
    i = 0
    while i < n:
        yield i
        i += 1
    return "counted"

g = count_to(2)
print("made, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
print(next(g, "default"))
for x in count_to(3):
    print("for", x)
