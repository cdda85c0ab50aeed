# Chapter 2 (the runner): every name of a target is a store in its scope
# In a function the unpacked names are locals (reading one first is an
# UnboundLocalError), cells when a closure uses them, or the globals and
# enclosing variables a declaration names; a class body's go in the class.
total = 0
def split(pair):
    key, value = pair
    return lambda: key + value
print(split(("a", "b"))())
def declared():
    global total
    outer = 0
    def inner():
        nonlocal outer
        outer, *_ = [5, 6]
    total, extra = 10, 1
    inner()
    return outer, extra
print(declared(), total)
class Config:
    host, port = "localhost", 8080
    first, *others = range(3)
print(Config.host, Config.port, Config.others)
def loop():
    seen = []
    for n, (a, b) in enumerate(["xy", "zw"]):
        seen.append(a + b + str(n))
    return seen, n, a
print(loop())
def unbound():
    print(late)
    late, early = 1, 2
try:
    unbound()
except UnboundLocalError as e:
    print(e)
