# Chapter 2 (the runner): a with statement's target unpacks too
# `with m as (a, b):` stores what __enter__ returns as an assignment does;
# an error storing it reaches __exit__, as an error of the body would.
class Pair:
    def __enter__(self):
        print("enter")
        return 1, [2, 3]
    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None, value)
        return True
with Pair() as (a, [b, *c]):
    print(a, b, c)
with Pair() as (a, b, c):
    print("not reached")
print("after")
class Holder:
    pass
h = Holder()
with Pair() as h.pair:
    print(h.pair)
