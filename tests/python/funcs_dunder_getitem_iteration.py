# Chapter 2 (the runner): a class with __getitem__ and no __iter__ is
# iterated by index until IndexError, and `in` walks it too
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            return [][0]
        return i * i

for x in Squares(4):
    print(x)
print(list(Squares(3)), 4 in Squares(5), 5 in Squares(5))
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))
