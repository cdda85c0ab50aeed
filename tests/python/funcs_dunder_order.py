# Chapter 2 (the runner): ordering through __lt__ and friends; Python tries the
# reflected method of the right operand when the left one has none
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __le__(self, other):
        return (self.major, self.minor) <= (other.major, other.minor)
    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)

a = Version(1, 2)
b = Version(1, 10)
print(a < b, a <= b, b < a)
print(a > b, b > a, b >= a)
print(sorted([Version(2, 0), a, b, Version(0, 9)]))
print(max(a, b), min([b, a]))
print([a] < [b], (b, 1) < (b, 2))
print(1 < 2 < 3, a < b < Version(3, 0))
