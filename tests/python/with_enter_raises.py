# Chapter 2 (the runner): an exception in __enter__ skips the block and
# __exit__; one in the expression skips everything.
class Fails:
    def __enter__(self):
        raise RuntimeError("cannot enter")
    def __exit__(self, t, v, tb):
        print("exit must not run")
try:
    with Fails():
        print("block must not run")
except RuntimeError as e:
    print("caught:", e)
def make():
    raise KeyError("no manager")
try:
    with make() as m:
        print("block must not run")
except KeyError as e:
    print("caught:", e)
