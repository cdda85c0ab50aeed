# Chapter 5 (generator expressions): a generator expression whose variables
# are captured by lambdas inside it (cells of its own frame), and one that
# captures the enclosing function's variables.
fs = [f() for f in (lambda: x for x in range(3))]
print(fs)
makers = list((lambda: y) for y in "ab")
print([m() for m in makers])

def scaled(factor):
    return (n * factor for n in range(3))

print(list(scaled(10)))

def counter():
    count = 0
    def bump(n):
        nonlocal count
        count += n
        return count
    return list(bump(n) for n in range(4)), count

print(counter())
