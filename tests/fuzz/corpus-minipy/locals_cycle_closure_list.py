# Chapter 2 (the runner): a closure capturing a local list that holds the closure
# The local list holds the inner function, whose closure cell holds the list:
# list, function, closure tuple and cell are freed together (4 objects).
import gc

gc.disable()

def outer():
    keep = []
    def inner():
        return len(keep)
    keep.append(inner)
    return inner

gc.collect()
f = outer()
print(f())
del f
print(gc.collect())
outer()
outer()
print(gc.collect())
