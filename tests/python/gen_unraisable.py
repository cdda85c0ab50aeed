# Chapter 5 (generators in memory): an exception raised while a dying
# generator is closed has no caller to go to: it is reported ("Exception
# ignored in") and the program goes on.
def g():
    try:
        yield 1
    finally:
        raise KeyError("from a dying generator's finally")

gen = g()
next(gen)
del gen
print("the program goes on")
