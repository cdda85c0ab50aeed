# Chapter 5 (generators): hostile depths.  A chain of 5000 generators,
# each delegating to the next with yield from, started: the recursion limit
# stops it, and the whole chain dies without overflowing the C stack; the
# same chain never started dies as quietly.  (minipy frees a chain of 10**5
# as well; python3 3.11 overflows its C stack freeing one that long.)
def leaf():
    yield "leaf"

def wrap(inner):
    yield from inner

def chain(n):
    g = leaf()
    for _ in range(n):
        g = wrap(g)
    return g

g = chain(5000)
try:
    next(g)
except RecursionError as e:
    print("RecursionError:", e)
del g
print("started chain freed")
g = chain(5000)
del g
print("unstarted chain freed")
shallow = chain(50)
print(next(shallow))
print(list(shallow))
