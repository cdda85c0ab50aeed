# Chapter 5 (generators in memory): a generator whose frame holds the
# generator itself, suspended inside a with: the collector closes it (the
# manager's __exit__ runs with GeneratorExit) and frees it.
import gc

class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__ if kind else None)
        return False

def in_with():
    me = yield "started"
    with Manager():
        yield me

gc.disable()
g = in_with()
next(g)
g.send(g)
del g
print("unreachable now")
print(gc.collect())
print("end")
