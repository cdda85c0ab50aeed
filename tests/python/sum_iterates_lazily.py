# Chapter 5 (finalizers): sum() adds its items as they come, as CPython's
# does, so that a generator's items are never held at once; what can
# happen while it iterates: a generator that raises part way, an __add__
# that empties or grows the list being summed, a start value that is a
# list, and a generator whose finally runs when sum lets it go.
class Greedy:
    def __init__(self, value, items):
        self.value = value
        self.items = items

    def __add__(self, other):
        self.items.clear()
        return Greedy(self.value + other, self.items)

    def __radd__(self, other):
        self.items.clear()
        return Greedy(self.value + other, self.items)

def numbers(stop_with):
    try:
        for n in range(5):
            yield n
        raise stop_with
    finally:
        print("finally of numbers")

try:
    sum(numbers(ValueError("part way")))
except ValueError as error:
    print("ValueError:", error)

items = [1, 2, 3]
items.insert(0, Greedy(0, items))
print(sum(items).value, items)

growing = [1, 2, 3]

class Grower:
    def __repr__(self):
        return "Grower()"

    def __radd__(self, other):
        if len(growing) < 8:
            growing.append(len(growing))
        return other + 100

growing.append(Grower())
print(sum(growing), growing)
print(sum(([n] for n in range(3)), []))
print(sum((n for n in range(4)), 10))

def endless():
    n = 0
    while True:
        yield n
        n += 1

gen = endless()
try:
    sum(gen, "")
except TypeError as error:
    print("TypeError:", error)
print(next(gen))
