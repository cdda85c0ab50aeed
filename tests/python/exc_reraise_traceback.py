# Chapter 2 (the runner): raise e again adds the frame to e's traceback; a
# bare raise does not.
def source():
    raise ValueError("v")
def count(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n
def explicit():
    try:
        source()
    except ValueError as e:
        raise e
def bare():
    try:
        source()
    except ValueError:
        raise
for f in (explicit, bare):
    try:
        f()
    except ValueError as e:
        print(f.__name__, count(e.__traceback__))
