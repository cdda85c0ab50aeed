# Chapter 2 (the runner): the name bound by `except ... as` is deleted at
# the end of the clause, even if it was bound before the try.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print(err)
def f():
    err = None
    try:
        raise KeyError(1)
    except KeyError as exc:
        err = exc
    return err
print(repr(f()))
print(e)
