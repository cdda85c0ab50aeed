# Chapter 2 (the runner): an error inside a decorator stops the def: the name
# is never bound
def broken(fn):
    return fn.missing

@broken
def f():
    pass
