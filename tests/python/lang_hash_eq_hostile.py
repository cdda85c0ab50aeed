# Chapter 2 (the runner): keys whose __eq__ changes the dict being searched
# CPython 3.11 starts a lookup again when a comparison changed the dict;
# whatever __eq__ does, the dict stays whole and nothing freed is read.
class Evil:
    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.target is not None:
            target, self.target = self.target, None
            target.clear()
        return isinstance(other, Evil) and self.v == other.v


d = {Evil(i): i for i in range(6)}
print(Evil(100, d) in d, len(d))
d = {Evil(i): i for i in range(6)}
d[Evil(99, d)] = "x"
print(len(d), list(d.values()))
s = {Evil(i) for i in range(6)}
print(Evil(3, s) in s, len(s))


class Grow:
    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __hash__(self):
        return 3

    def __eq__(self, other):
        if self.target is not None:
            target, self.target = self.target, None
            for i in range(50):
                target[i] = i
        return self.v == getattr(other, "v", None)


g = {Grow(1): 1, Grow(2): 2}
print(g.get(Grow(2, g)), len(g))


class Thief:
    """Deletes the very key it is compared with."""

    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __hash__(self):
        return 5

    def __eq__(self, other):
        if self.target is not None:
            target, self.target = self.target, None
            for key in list(target):
                del target[key]
        return self.v == getattr(other, "v", None)


t = {Thief(1): "one"}
t[Thief(1, t)] = "again"
print(len(t), list(t.values()))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(("key", self.v))

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


many = {Key(i): i for i in range(100000)}
print(len(many), many[Key(99999)], Key(5) in many, Key(-1) in many)
members = {Key(i % 1000) for i in range(5000)}
print(len(members))
