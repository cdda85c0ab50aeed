# Chapter 2 (the runner): an instance of a class with __eq__ and no __hash__
# cannot be a dict key
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

d = {}
d[Key(1)] = "one"
