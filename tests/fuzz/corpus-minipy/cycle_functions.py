# Chapter 2 (the runner): functions in cycles
# Written after test_gc's test_function: two nested functions that call each
# other through cells (6 objects), and a lambda kept in a dict that the
# lambda returns through its closure (4 objects).
import gc

gc.disable()

def pair():
    def even(n):
        if n == 0:
            return True
        return odd(n - 1)
    def odd(n):
        if n == 0:
            return False
        return even(n - 1)
    return even

gc.collect()
e = pair()
print(e(10), e(7))
del e
# even, odd, their two closure tuples, and the two cells
print(gc.collect())

def holder():
    box = {}
    box["f"] = lambda: box
    return box["f"]

f = holder()
print(f()["f"] is f)
del f
# the dict, the lambda, its closure tuple and its cell
print(gc.collect())
