# Chapter 2 (the runner): an UnboundLocalError from a local read after del
# del unbinds a local; reading it again fails.
def f():
    x = 1
    print(x)
    del x
    return x


f()
