# Chapter 2 (the runner): hash() through __hash__, and the hashes of ints and
# tuples, which CPython computes the same way on every run
class Id:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n

print(hash(Id(7)), hash(Id(-1)))
print(hash(0), hash(42), hash(-42), hash(True), hash(-1))
print(hash((1, 2, 3)), hash(()), hash(("x",)) == hash(("x",)))
print(hash(2305843009213693951), hash(2305843009213693952), hash(-2305843009213693953))
class BadHash:
    def __hash__(self):
        return "no"

hash(BadHash())
