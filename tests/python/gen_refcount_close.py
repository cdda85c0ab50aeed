# Chapter 5 (generators in memory): a suspended generator that dies by
# reference counting is closed by its finalizer, right there: its finally
# runs at the `del`, before the next statement.
def worker(name):
    try:
        yield name
        yield name
    finally:
        print("finally of", name)

w = worker("w")
next(w)
print("before del")
del w
print("after del")

def rebinding():
    g = worker("local")
    next(g)
    print("returning")

rebinding()
print("after the call")
unstarted = worker("unstarted")
del unstarted
print("an unstarted generator has nothing to close")
finished = worker("finished")
for _ in finished:
    pass
del finished
print("end")
