# Chapter 2 (the runner): unpacking what fights back
# An endless iterator stops one item past the targets, a __next__ that
# raises and a target whose store raises release what was taken, a list
# unpacks into its own items, and a huge range is not walked to the end.
class Inf:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return [self.n]
try:
    a, b = Inf()
except ValueError as e:
    print(e)
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("next")
try:
    a, *b = Bad()
except KeyError as e:
    print("KeyError", e)
class Fails:
    def __setitem__(self, k, v):
        raise IndexError(k)
f = Fails()
try:
    a, f[1], c = [1], [2], [3]
except IndexError as e:
    print("IndexError", e, a)
try:
    a, f[2], c, d = [1], [2], [3], [4]
except IndexError as e:
    print("IndexError", e, a)
try:
    a, (f[3], *b), c = [1], [[2], [5]], [3]
except IndexError as e:
    print("IndexError", e)
d = {1: 2, 3: 4}
for k in d:
    pass
lst = [1, 2]
lst[0], lst[1] = lst
print(lst)
x = [1, 2, 3]
x[0], *x[1:] = x
print(x)
def gen_like():
    return [i * 2 for i in range(100000)]
h, *t = gen_like()
print(h, len(t))
try:
    a, b = range(1000000000)
except ValueError as e:
    print(e)
