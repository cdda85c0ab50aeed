# Chapter 2 (the runner): an operator that returns NotImplemented both ways
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if type(other) is Money:
            return Money(self.cents + other.cents)
        return NotImplemented

print((Money(1) + Money(2)).cents)
Money(1) + 5
