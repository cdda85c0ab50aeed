# Chapter 2 (the runner): nested functions, lambdas and closures
# Closures see the latest value of a captured variable, share one cell per
# variable, nest several levels, and global rebinds a module name.
def counter():
    c = [0]
    def inc():
        c[0] += 1
        return c[0]
    return inc

i = counter()
i()
print(i(), i())

fs = []
for n in range(3):
    fs.append(lambda: n)
print(fs[0](), fs[2]())

def make(v):
    return lambda: v

gs = []
for n in range(3):
    gs.append(make(n))
print(gs[0](), gs[1](), gs[2]())

def a():
    x = 1
    def b():
        def c():
            return x
        return c
    x = 2
    return b()()
print(a())

adder = lambda p: lambda q: p + q
print(adder(1)(2), (lambda: None)())

total = 0
def add(n):
    global total
    total += n
add(5)
add(6)
print(total)

def uses_later_global():
    return later_global

later_global = "defined after the def"
print(uses_later_global())

def shadow():
    len = 3
    return len
print(shadow(), len([1, 2]))
