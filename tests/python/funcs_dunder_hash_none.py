# Chapter 2 (the runner): __hash__ = None makes a class unhashable
class Mutable:
    __hash__ = None

print(Mutable.__hash__)
hash(Mutable())
