# Chapter 2 (the runner): a returned function whose closure refers to itself
# A nested function that names itself keeps a cell, and the cell holds the
# function: function, closure tuple and cell make a cycle (3 objects).
import gc

gc.disable()

def make():
    def g(n):
        if n == 0:
            return 0
        return n + g(n - 1)
    return g

gc.collect()
g = make()
print(g(10))
del g
print(gc.collect())
make()
print(gc.collect())
