# Chapter 2 (the runner): what a dict does when __hash__ or __eq__ fails
# The exception reaches the program from d[k], k in d, d[k] = v, set.add,
# and the dict is left as it was.
class NoHash:
    def __eq__(self, other):
        return True


for make in (lambda: {NoHash(): 1}, lambda: {NoHash()}, lambda: hash(NoHash())):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class WrongHash:
    def __hash__(self):
        return "not an int"


try:
    {WrongHash(): 1}
except TypeError as e:
    print("TypeError:", e)


class Raising:
    def __hash__(self):
        raise ValueError("no hash today")


d = {1: "one"}
operations = {
    "d[k]": lambda: d[Raising()],
    "d[k] = v": lambda: d.__setitem__(Raising(), 2) if False else d.update({}) or d.get(Raising()),
    "k in d": lambda: Raising() in d,
    "d.pop(k)": lambda: d.pop(Raising()),
    "d.setdefault(k)": lambda: d.setdefault(Raising()),
    "set.add": lambda: set().add(Raising()),
    "k in set": lambda: Raising() in {1, 2},
    "dict display": lambda: {Raising(): 1},
    "set display": lambda: {Raising()},
    "hash()": lambda: hash(Raising()),
}
for name, operation in operations.items():
    try:
        operation()
    except ValueError as e:
        print(name, "->", e)
try:
    d[Raising()] = 2
except ValueError as e:
    print("d[k] = v ->", e)
try:
    del d[Raising()]
except ValueError as e:
    print("del d[k] ->", e)
print(d)


class Collide:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 42

    def __eq__(self, other):
        raise RuntimeError(f"cannot compare {self.v}")


d = {Collide(1): "first"}
for probe in ("get", "set", "in"):
    try:
        if probe == "get":
            d[Collide(2)]
        elif probe == "set":
            d[Collide(3)] = "x"
        else:
            Collide(4) in d
    except RuntimeError as e:
        print(probe, "->", e)
print(len(d), 43 in d)


class HashMinusOne:
    def __hash__(self):
        return -1


class HashBig:
    def __hash__(self):
        return 4611686018427387909


class HashBool:
    def __hash__(self):
        return True


print(hash(HashMinusOne()), hash(HashBig()), hash(HashBool()))


class Recursive:
    def __hash__(self):
        return hash(self)


try:
    {Recursive(): 1}
except RecursionError:
    print("RecursionError")
