# Chapter 2 (the runner): a bare except, and a bare raise that raises the
# handled exception again, traceback and all.
def inner():
    raise KeyError("k")
def outer():
    try:
        inner()
    except:
        print("cleaning up")
        raise
try:
    outer()
except KeyError as e:
    print("caught again:", repr(e))
outer()
