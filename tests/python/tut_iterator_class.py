# Chapter 2 (the runner): an iterator class with __iter__ and __next__,
# StopIteration, and the built-ins that consume it.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
print(sum(Countdown(4)), max(Countdown(3)), sorted(Countdown(3)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
for i, v in enumerate(Countdown(3)):
    print(i, v, end="; ")
print()
print(list(zip(Countdown(3), "abc")), 2 in Countdown(3), list(map(str, Countdown(2))))


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


print(list(Squares(5)), 9 in Squares(4), Squares(3)[2])
