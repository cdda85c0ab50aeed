# Chapter 2 (the runner): an UnboundLocalError from deleting a local twice
# A local that is not bound cannot be deleted.
def f():
    x = [1]
    del x
    print("deleted once")
    del x


f()
